package org.clipfacts.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds answer texts in a clipping. Answers carry no offsets, so when several answers share a text the
 * k-th of them is taken to be its k-th occurrence.
 */
final class TextLocator {
    private final String content;
    private final Map<String, Integer> nextSearchFrom = new HashMap<>();
    private final Map<String, Integer> located = new HashMap<>();

    TextLocator(String content) {
        this.content = content;
    }

    /** The next unclaimed occurrence of {@code text}, or null when none is left. */
    Span next(String text) {
        int at = content.indexOf(text, nextSearchFrom.getOrDefault(text, 0));
        if (at < 0) {
            return null;
        }
        nextSearchFrom.put(text, at + 1);
        located.merge(text, 1, Integer::sum);
        int start = content.codePointCount(0, at);
        return new Span(start, start + text.codePointCount(0, text.length()));
    }

    /** How many occurrences of {@code text} have been claimed so far. */
    int located(String text) {
        return located.getOrDefault(text, 0);
    }
}
