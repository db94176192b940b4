package org.clipfacts.check;

/**
 * When two quotes count as one quotation: {@code similarity} is the least {@link QuoteText#similarity} (the
 * mean share of one quote's content words and of its neighbouring pairs of content words found in the
 * other: 1 for the same words and for a fragment of a longer quote). Quotes of fewer than {@code minWords}
 * words are left out, since short phrases ("humanitarian", "a procedural issue") recur without being one
 * quotation.
 */
public record QuoteMatching(double similarity, int minWords) {
}
