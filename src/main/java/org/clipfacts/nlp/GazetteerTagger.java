package org.clipfacts.nlp;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels the phrases of gazetteer lines in a tagged sentence as CoreNLP's TokensRegexNER annotator does
 * with the settings clipfacts used it with (case ignored, no part-of-speech condition, no common words).
 * That annotator compiles a TokensRegex pattern for each of the 27,000 lines: about 2 CPU-seconds of every
 * start that finds people, where this reads the lines in a few milliseconds.
 *
 * <p>The annotator's rules, as CoreNLP 4.5.10 applies them, and as this class follows them:
 * <ul>
 * <li>A line is {@code pattern TAB label [TAB overwritable labels [TAB priority]]}. Each word of the pattern
 * matches one token: caselessly as a string, or as a caseless regular expression when it has regex
 * characters. A line whose pattern repeats an earlier one (caselessly) is kept only when its priority is
 * higher.</li>
 * <li>A line is tried on a sentence only when one of the sentence's tokens, lower-cased, is its longest plain
 * word (lines without one are always tried, first); lines are ordered by the first token that brings them
 * up. Each line's matches are found left to right without overlapping each other.</li>
 * <li>Of all matches, higher priority wins, then the longer, then the line tried earlier, then the one
 * further left; a match overlapping one that won is dropped.</li>
 * <li>From left to right, a winning match relabels its tokens unless it cuts through a name the NER model
 * found (its first or last token continues outside it with the same label), or it covers tokens all of one
 * label that is neither the background ({@code O}, {@code MISC}), one of the gazetteer's labels, nor one
 * the line may overwrite. Tokens that are all places are relabelled in any case.</li>
 * </ul>
 * CoreNLP treats lines labelled {@code CITY} apart; the classes clipfacts reads have none, and such a line is
 * refused. {@code GazetteerTaggerTest} checks these rules against the annotator itself.
 */
final class GazetteerTagger {
    private static final Pattern REGEX_CHARACTERS = Pattern.compile("[\\[\\]?.\\\\^$()*+{}|]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMAS = Pattern.compile("\\s*,\\s*");
    private static final Set<String> BACKGROUND = Set.of("O", "MISC");
    private static final Set<String> PLACES = Set.of("LOCATION", "GPE");
    private static final Comparator<Match> WINNER_FIRST = Comparator.comparingDouble((Match match) -> -match.line.priority)
            .thenComparingInt(match -> -(match.end - match.start))
            .thenComparingInt(Match::order)
            .thenComparingInt(Match::start);

    /** One line of the gazetteer: a word is a {@link String} (matched caselessly) or a {@link Pattern}. */
    private record Line(Object[] words, String label, Set<String> overwritable, double priority) {
        boolean matchesAt(List<CoreLabel> tokens, int start) {
            for (int i = 0; i < words.length; i++) {
                String text = tokens.get(start + i).word();
                boolean matches = words[i] instanceof Pattern regex ? regex.matcher(text).matches() : ((String) words[i]).equalsIgnoreCase(text);
                if (!matches) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Match(Line line, int start, int end, int order) {
    }

    private final List<Line> alwaysTried = new ArrayList<>();
    private final Map<String, List<Line>> byTrigger = new HashMap<>();
    /** Labels a match may always replace when its tokens all have one of them. */
    private final Set<String> replaceable = new HashSet<>(BACKGROUND);

    /** From gazetteer lines in CoreNLP's regexner mapping format. */
    GazetteerTagger(String lines) {
        Map<List<String>, Line> seen = new HashMap<>();
        // Lines as CoreNLP reads them (BufferedReader.readLine), and without a regex over the megabyte.
        for (String text : lines.lines().toList()) {
            if (text.isEmpty()) {
                continue;
            }
            String[] columns = text.split("\t");
            if (columns.length < 2 || columns.length > 4) {
                throw new IllegalArgumentException("not a gazetteer line: " + text);
            }
            String pattern = columns[0].trim();
            if (pattern.startsWith("( ") && pattern.endsWith(" )")) {
                throw new IllegalArgumentException("a TokensRegex gazetteer line is not supported: " + text);
            }
            String[] words = SPACES.split(pattern);
            List<String> key = Arrays.stream(words).map(word -> word.toLowerCase(Locale.ROOT)).toList();
            String label = columns[1].trim();
            int comma = label.indexOf(',');
            label = comma > 0 ? label.substring(0, comma).trim() : label;
            if (label.equals("CITY")) {
                throw new IllegalArgumentException("a CITY gazetteer line is not supported: " + text);
            }
            Set<String> overwritable = columns.length > 2 ? Set.copyOf(List.of(COMMAS.split(columns[2].trim()))) : Set.of();
            double priority = columns.length > 3 ? Double.parseDouble(columns[3].trim()) : 0;
            Line earlier = seen.get(key);
            if (earlier != null && priority <= earlier.priority) {
                continue;
            }
            Line line = new Line(compiled(words), label, overwritable, priority);
            seen.put(key, line);
            replaceable.add(label);
            String trigger = trigger(words);
            if (trigger == null) {
                alwaysTried.add(line);
            } else {
                byTrigger.computeIfAbsent(trigger, any -> new ArrayList<>()).add(line);
            }
        }
    }

    private static Object[] compiled(String[] words) {
        Object[] compiled = new Object[words.length];
        for (int i = 0; i < words.length; i++) {
            compiled[i] = REGEX_CHARACTERS.matcher(words[i]).find()
                    ? Pattern.compile(words[i], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE) : words[i];
        }
        return compiled;
    }

    /** The first longest plain word, lower-cased; null when every word is a regular expression. */
    private static String trigger(String[] words) {
        String trigger = null;
        int longest = -1;
        for (String word : words) {
            // As CoreNLP, a bracket token counts as one character.
            int length = word.equals("-LRB-") || word.equals("-RRB-") ? 1 : word.length();
            if (!REGEX_CHARACTERS.matcher(word).find() && length > longest) {
                trigger = word;
                longest = length;
            }
        }
        return trigger == null ? null : trigger.toLowerCase(Locale.ROOT);
    }

    /** Relabels the gazetteer's phrases in one sentence's tokens. */
    void tag(List<CoreLabel> tokens) {
        List<Match> matches = new ArrayList<>();
        int order = 0;
        for (Line line : triedOn(tokens)) {
            int length = line.words.length;
            for (int start = 0; start + length <= tokens.size(); ) {
                if (line.matchesAt(tokens, start)) {
                    matches.add(new Match(line, start, start + length, order));
                    start += length;
                } else {
                    start++;
                }
            }
            order++;
        }
        matches.sort(WINNER_FIRST);
        boolean[] taken = new boolean[tokens.size()];
        List<Match> winners = new ArrayList<>();
        for (Match match : matches) {
            if (isFree(taken, match)) {
                Arrays.fill(taken, match.start, match.end, true);
                winners.add(match);
            }
        }
        winners.sort(Comparator.comparingInt(Match::start));
        for (Match winner : winners) {
            if (mayRelabel(winner, tokens)) {
                for (int i = winner.start; i < winner.end; i++) {
                    tokens.get(i).setNER(winner.line.label);
                }
            }
        }
    }

    private Set<Line> triedOn(List<CoreLabel> tokens) {
        Set<Line> tried = new LinkedHashSet<>(alwaysTried);
        for (CoreLabel token : tokens) {
            List<Line> brought = byTrigger.get(token.word().toLowerCase(Locale.ROOT));
            if (brought != null) {
                tried.addAll(brought);
            }
        }
        return tried;
    }

    private static boolean isFree(boolean[] taken, Match match) {
        for (int i = match.start; i < match.end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean mayRelabel(Match match, List<CoreLabel> tokens) {
        if (tokens.subList(match.start, match.end).stream().allMatch(token -> PLACES.contains(token.ner()))) {
            return true;
        }
        String first = tokens.get(match.start).ner();
        String last = tokens.get(match.end - 1).ner();
        boolean cutsBefore = !replaceable.contains(first) && first != null && match.start > 0
                && first.equals(tokens.get(match.start - 1).ner());
        boolean cutsAfter = !replaceable.contains(last) && last != null && match.end < tokens.size()
                && last.equals(tokens.get(match.end).ner());
        if (cutsBefore || cutsAfter) {
            return false;
        }
        if (first == null) {
            return true;
        }
        for (int i = match.start + 1; i < match.end; i++) {
            if (!first.equals(tokens.get(i).ner())) {
                return true;
            }
        }
        return match.line.overwritable.contains(first) || replaceable.contains(first);
    }
}
