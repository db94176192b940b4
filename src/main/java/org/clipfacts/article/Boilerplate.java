package org.clipfacts.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks what is not article text (rules in {@code boilerplate.txt}) and markdown marks, replacing each
 * character with a space so that every offset into the cleaned text is an offset into the original.
 */
final class Boilerplate {
    private static final Pattern EMPHASIS = Pattern.compile("\\*+|(?<=\\s|^)_+|_+(?=\\s|$)|^#{1,6}(?=\\s)|^>\\s", Pattern.MULTILINE);
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("[*_#]+");
    private static final List<Rule> RULES = loadRules();

    private enum Kind { LINE, BLOCK, INLINE }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private Boilerplate() {
    }

    /** A line of the text, by char offsets, with its trimmed, emphasis-free form for matching. */
    record Line(int start, int end, String plain) {
        boolean isBlank() {
            return plain.isEmpty();
        }
    }

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new Line(start, contentEnd, plain(text.substring(start, contentEnd))));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    static String plain(String line) {
        return MARKDOWN_EMPHASIS.matcher(line).replaceAll("").strip();
    }

    static boolean isBoilerplateLine(String plainLine) {
        for (Rule rule : RULES) {
            if (rule.kind() != Kind.INLINE && rule.pattern().matcher(plainLine).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cleaned text: same length as {@code content}, boilerplate, markdown marks and the given
     * metadata ranges turned into spaces.
     */
    static String clean(String content, List<TextRange> metadata) {
        char[] cleaned = content.toCharArray();
        metadata.forEach(range -> blank(cleaned, range.start(), range.end()));
        List<Line> lines = lines(content);
        boolean inBlock = false;
        for (Line line : lines) {
            if (line.isBlank()) {
                inBlock = false;
                continue;
            }
            String raw = content.substring(line.start(), line.end());
            if (inBlock || matches(Kind.LINE, line.plain())) {
                blank(cleaned, line.start(), line.end());
                continue;
            }
            if (matches(Kind.BLOCK, line.plain())) {
                inBlock = true;
                blank(cleaned, line.start(), line.end());
                continue;
            }
            for (Rule rule : RULES) {
                if (rule.kind() == Kind.INLINE) {
                    Matcher credit = rule.pattern().matcher(raw);
                    if (credit.find()) {
                        blank(cleaned, line.start() + credit.start(), line.start() + credit.end());
                    }
                }
            }
        }
        Matcher marks = EMPHASIS.matcher(content);
        while (marks.find()) {
            blank(cleaned, marks.start(), marks.end());
        }
        return new String(cleaned);
    }

    private static boolean matches(Kind kind, String plainLine) {
        for (Rule rule : RULES) {
            if (rule.kind() == kind && rule.pattern().matcher(plainLine).matches()) {
                return true;
            }
        }
        return false;
    }

    private static void blank(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] != '\n' && text[i] != '\r') {
                text[i] = ' ';
            }
        }
    }

    private static List<Rule> loadRules() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = Boilerplate.class.getResourceAsStream("boilerplate.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String rule = line.strip();
                if (rule.isEmpty() || rule.startsWith("#")) {
                    continue;
                }
                String[] parts = rule.split("\\s+", 2);
                Kind kind = Kind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
                int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                rules.add(new Rule(kind, Pattern.compile(parts[1], flags)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rules);
    }
}
