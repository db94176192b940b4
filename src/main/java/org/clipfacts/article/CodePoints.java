package org.clipfacts.article;

/**
 * Converts Java char indices (UTF-16, what CoreNLP and regexes report) into the code-point offsets of the
 * output contract. Text without surrogate pairs, the usual case, maps one to one.
 */
public final class CodePoints {
    private final int[] codePointAt;

    CodePoints(String text) {
        boolean hasSurrogates = false;
        for (int i = 0; i < text.length() && !hasSurrogates; i++) {
            hasSurrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!hasSurrogates) {
            codePointAt = null;
            return;
        }
        codePointAt = new int[text.length() + 1];
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = codePoint;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                codePoint++;
            }
        }
        codePointAt[text.length()] = codePoint;
    }

    public int offset(int charIndex) {
        return codePointAt == null ? charIndex : codePointAt[charIndex];
    }
}
