package org.clipfacts.article;

/**
 * A quotation found by its marks: {@code open} and {@code close} are the char offsets of the marks
 * ({@code close} is the end of the paragraph for a quote whose closing mark is missing), {@code start} and
 * {@code end} those of the quoted words, white space at either edge left out.
 */
public record QuoteSpan(int open, int close, int start, int end) {
}
