package org.clipfacts.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations by their double marks: straight ("), curly (“ ”), low („), guillemets, two apostrophes
 * ('', the New York Times archive style) and two backticks (``, LaTeX style); in the first line (the
 * headline) also single straight quotes ('here to stay').
 *
 * <p>Marks are paired by their context, not by counting, so that one stray or missing mark cannot turn the
 * rest of a paragraph inside out: a mark after a space, a line start or an opening bracket and before a
 * word opens; one after a word or punctuation and before a space, punctuation or the line end closes,
 * whatever its shape ({@code attitude, “he said} closes). A closing mark with no quote open is stray and
 * skipped; an opening mark inside an open quote starts a new one, unless it stands where a closing mark
 * would (after punctuation, before a lower-case word). A mark that could do either alternates. A quote left
 * open ends with its paragraph (the next paragraph's opening mark starts a new quote), unless the next
 * paragraph starts in lower case (a stray break inside a sentence). Attribute values inside markup tags
 * ({@code <tweet author="...">}) are no quotes.
 */
public final class QuoteScanner {
    private static final String MARKS = "\"“”„«»";
    private static final String OPENING_BRACKETS = "([{<—–-/";
    private static final String CLOSING_PUNCTUATION = ".,;:!?)]}>…—–-/'’";

    private QuoteScanner() {
    }

    /** A mark found in the text: where it stands, how many chars it takes, and what its context allows. */
    private record Mark(int at, int length, boolean canOpen, boolean canClose) {
        int after() {
            return at + length;
        }
    }

    public static List<QuoteSpan> scan(String text) {
        List<QuoteSpan> quotes = new ArrayList<>();
        int open = -1;
        int openLength = 0;
        int lineStart = 0;
        boolean headline = true;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (open >= 0 && lineStart > 0 && !continuesQuote(text, lineStart, lineEnd)) {
                int end = lastNonSpace(text, lineStart) + 1;
                add(quotes, text, open, openLength, end, end);
                open = -1;
            }
            for (Mark mark : marks(text, lineStart, lineEnd, headline && isHeadline(text, lineStart, lineEnd))) {
                if (open < 0) {
                    if (mark.canOpen()) {
                        open = mark.at();
                        openLength = mark.length();
                    }
                } else if (mark.canClose() || looksLikeClosing(text, mark)) {
                    add(quotes, text, open, openLength, mark.at(), mark.at());
                    open = -1;
                } else {
                    int end = Math.min(lastNonSpace(text, mark.at()) + 1, mark.at() - 1);
                    add(quotes, text, open, openLength, end, end);
                    open = mark.at();
                    openLength = mark.length();
                }
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                headline = false;
            }
            lineStart = lineEnd + 1;
        }
        if (open >= 0) {
            int end = lastNonSpace(text, text.length()) + 1;
            add(quotes, text, open, openLength, end, end);
        }
        return quotes;
    }

    /**
     * The text with each straight double mark that opens one of its quotations ({@link #scan}) turned into “
     * and each that closes one into ”, and each doubled mark ('' or ``, as archives write them) into “ or ”
     * and a space, char for char: the tokenizer guesses the way a straight mark faces from its neighbours
     * alone ("officers \"just that" comes out closing), takes an opening '' for a closing one (ending the
     * sentence before the quote on it), and a wrong guess breaks the parse of the sentence.
     */
    public static String withStraightMarksTurned(String text, List<QuoteSpan> quotes) {
        char[] chars = null;
        for (QuoteSpan quote : quotes) {
            for (int at : new int[] {quote.open(), quote.close()}) {
                boolean straight = at < text.length() && text.charAt(at) == '"';
                boolean doubled = at + 1 < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '`')
                        && text.charAt(at + 1) == text.charAt(at);
                if (straight || doubled) {
                    chars = chars == null ? text.toCharArray() : chars;
                    chars[at] = at == quote.open() ? '“' : '”';
                    if (doubled) {
                        chars[at + 1] = ' ';
                    }
                }
            }
        }
        return chars == null ? text : new String(chars);
    }

    public static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0 || c == '\'' || c == '`';
    }

    /** The first line with words is the headline when it is short and no sentence: "Row over 'police' power". */
    private static boolean isHeadline(String text, int lineStart, int lineEnd) {
        return lineEnd - lineStart < 200 && !text.substring(lineStart, lineEnd).isBlank();
    }

    private static List<Mark> marks(String text, int lineStart, int lineEnd, boolean headline) {
        List<Mark> marks = new ArrayList<>();
        int i = lineStart;
        while (i < lineEnd) {
            char c = text.charAt(i);
            int tagEnd = c == '<' ? markupTagEnd(text, i, lineEnd) : -1;
            if (tagEnd > 0) {
                i = tagEnd;
                continue;
            }
            int length = 0;
            if (MARKS.indexOf(c) >= 0) {
                length = 1;
            } else if ((c == '\'' || c == '`') && i + 1 < lineEnd && text.charAt(i + 1) == c) {
                length = 2;
            } else if (c == '\'' && headline) {
                length = 1;
            }
            if (length == 0) {
                i++;
                continue;
            }
            char before = i > lineStart ? text.charAt(i - 1) : ' ';
            char after = i + length < lineEnd ? text.charAt(i + length) : ' ';
            boolean canOpen = (Character.isWhitespace(before) || OPENING_BRACKETS.indexOf(before) >= 0 || isMark(before))
                    && !Character.isWhitespace(after);
            boolean canClose = !Character.isWhitespace(before)
                    && (Character.isWhitespace(after) || CLOSING_PUNCTUATION.indexOf(after) >= 0 || isMark(after));
            if (length == 1 && c == '\'') {
                // A single quote in a headline is an apostrophe unless it stands clear of letters on one side.
                if (canOpen && Character.isLetterOrDigit(after) || canClose && !Character.isLetter(after)) {
                    marks.add(new Mark(i, 1, canOpen && Character.isLetterOrDigit(after), canClose && !canOpen));
                }
            } else if (canOpen == canClose) {
                marks.add(new Mark(i, length, true, true));
            } else {
                marks.add(new Mark(i, length, canOpen, canClose));
            }
            i += length;
        }
        return marks;
    }

    /** The end of a markup tag such as {@code <tweet author="...">} starting at {@code i}: its attributes are no quotes. */
    private static int markupTagEnd(String text, int i, int lineEnd) {
        if (i + 1 >= lineEnd || !(Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/')) {
            return -1;
        }
        int close = text.indexOf('>', i);
        return close > 0 && close < lineEnd ? close + 1 : -1;
    }

    /** An opening mark set the wrong way round after a quote's last words: {@code position, “he said}. */
    private static boolean looksLikeClosing(String text, Mark mark) {
        int before = lastNonSpace(text, mark.at());
        boolean afterPunctuation = before >= 0 && ",.?!;:—–-".indexOf(text.charAt(before)) >= 0;
        return afterPunctuation && mark.after() < text.length() && Character.isLowerCase(text.charAt(mark.after()));
    }

    private static void add(List<QuoteSpan> quotes, String text, int open, int openLength, int close, int limit) {
        int start = open + openLength;
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

    /** A quote open at a line break goes on only into a line that starts in lower case, mid-sentence. */
    private static boolean continuesQuote(String text, int lineStart, int lineEnd) {
        int next = skipWhiteSpace(text, lineStart);
        return next < text.length() && Character.isLowerCase(text.charAt(next));
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
