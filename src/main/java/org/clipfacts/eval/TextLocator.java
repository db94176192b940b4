package org.clipfacts.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds answer texts in a clipping. An answer may say which occurrence of its text it is; otherwise, when
 * several answers share a text, the k-th of them is taken to be its k-th occurrence. Occurrences may
 * overlap ("aa" occurs twice in "aaa").
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
        return span(at, text);
    }

    /** The {@code occurrence}-th (from 1) occurrence of {@code text}, or null when there are fewer. */
    Span occurrence(String text, int occurrence) {
        int at = -1;
        for (int seen = 0; seen < occurrence; seen++) {
            at = content.indexOf(text, at + 1);
            if (at < 0) {
                return null;
            }
        }
        return span(at, text);
    }

    /** How many occurrences of {@code text} have been claimed so far by {@link #next}. */
    int located(String text) {
        return located.getOrDefault(text, 0);
    }

    /** How many times {@code text} occurs. */
    int occurrences(String text) {
        int count = 0;
        for (int at = content.indexOf(text); at >= 0; at = content.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }

    private Span span(int at, String text) {
        int start = content.codePointCount(0, at);
        return new Span(start, start + text.codePointCount(0, text.length()));
    }
}
