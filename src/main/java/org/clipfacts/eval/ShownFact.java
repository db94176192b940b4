package org.clipfacts.eval;

/**
 * A fact as an error report shows it: its text, where it is ({@code span} is null for answer people, who
 * have no offsets) and its key field in the form that is compared.
 */
public record ShownFact(String text, Span span, String key) {
}
