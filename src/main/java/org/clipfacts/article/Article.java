package org.clipfacts.article;

import java.util.List;

/**
 * A clipping read and cleaned. {@code content} is the decoded file text (BOM dropped, newlines untouched);
 * {@code text} has the same length with boilerplate and markdown blanked, so an offset into one is an
 * offset into the other. Offsets are char indices; {@link #codePoint} converts them for output.
 */
public record Article(String source, String sha256, String content, String text, Metadata metadata,
                      List<String> warnings, CodePoints codePoints) {
    public Article {
        if (content.length() != text.length()) {
            throw new IllegalArgumentException("cleaned text must keep the content's offsets");
        }
        warnings = List.copyOf(warnings);
    }

    /** The original text between two char offsets. */
    public String slice(int start, int end) {
        return content.substring(start, end);
    }

    public int codePoint(int charIndex) {
        return codePoints.offset(charIndex);
    }
}
