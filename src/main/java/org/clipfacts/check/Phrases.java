package org.clipfacts.check;

import java.util.regex.Pattern;

/** How messages and reports put things: fact texts on one line, counts of things. */
final class Phrases {
    static final int IN_MESSAGE = 60;
    static final int IN_LOCATION = 600;
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Phrases() {
    }

    /** The text on one line, without the punctuation and spaces at its edges (which quote marks leave to chance). */
    static String asWritten(String text) {
        return SPACES.matcher(EDGE_PUNCTUATION.matcher(text).replaceAll("")).replaceAll(" ");
    }

    /** The start of the text, at most {@code codePoints} long, "…" where it was cut. */
    static String excerpt(String text, int codePoints) {
        String line = asWritten(text);
        if (line.codePointCount(0, line.length()) <= codePoints) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, codePoints)).stripTrailing() + "…";
    }

    /** {@code 1 clipping}, {@code 2 clippings}. */
    static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
