package org.clipfacts.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations by their double marks: straight ("), curly (“ ”), low (&bdquo;) and guillemets.
 *
 * <p>Within a paragraph marks alternate, whatever their shape: the mark after an opening one closes the
 * quote even when it is an opening curly mark set the wrong way round ({@code attitude, “he said}). At a
 * line break an open quote goes on when the next paragraph opens with a mark (the convention for quotes
 * over several paragraphs) or starts in lower case (a stray break inside a sentence); otherwise it ends
 * with its paragraph, so one missing mark cannot turn the rest of the article inside out.
 */
public final class QuoteScanner {
    private static final String MARKS = "\"“”„«»";

    private QuoteScanner() {
    }

    public static List<QuoteSpan> scan(String text) {
        List<QuoteSpan> quotes = new ArrayList<>();
        int open = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = skipWhiteSpace(text, i);
                if (open >= 0 && !continuesQuote(text, next)) {
                    add(quotes, text, open, lastNonSpace(text, i) + 1, lastNonSpace(text, i) + 1);
                    open = -1;
                } else if (open >= 0 && next < text.length() && isMark(text.charAt(next))) {
                    next++;
                }
                i = next;
                continue;
            }
            if (isMark(c)) {
                if (open < 0) {
                    open = i;
                } else {
                    add(quotes, text, open, i, i);
                    open = -1;
                }
            }
            i++;
        }
        if (open >= 0) {
            int end = lastNonSpace(text, text.length()) + 1;
            add(quotes, text, open, end, end);
        }
        return quotes;
    }

    public static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }

    private static void add(List<QuoteSpan> quotes, String text, int open, int close, int limit) {
        int start = open + 1;
        int end = limit;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            quotes.add(new QuoteSpan(open, close, start, end));
        }
    }

    private static boolean continuesQuote(String text, int paragraphStart) {
        if (paragraphStart >= text.length()) {
            return false;
        }
        char first = text.charAt(paragraphStart);
        return isMark(first) || Character.isLowerCase(first);
    }

    private static int skipWhiteSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonSpace(String text, int before) {
        int i = before - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
