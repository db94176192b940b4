package org.clipfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.clipfacts.nlp.TimeExpressions.TimeExpression;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What SUTime takes for a time expression but news means otherwise: ages ("64-year-old", "aged 42", "52
 * years old"), the ordinal "second" ("a second trial"), season words used as verbs ("prices fall"), names
 * that hold a date word ("Doris Day", "the SEC", "Theresa May", "Jan Egeland"; a name that is a date,
 * "Boxing Day", keeps its calendar value and stays) and the fillers of not-dates.txt ("once", "current").
 */
final class NotDates {
    private static final Pattern AGE_WORD = Pattern.compile("(?i).+-(?:years?|months?|weeks?|days?)-old");
    private static final Set<String> AGE_CUES = Set.of("aged", "age", "ages");
    private static final Set<String> SEASON_VERBS = Set.of("fall", "falls", "spring", "springs");
    private static final Set<String> TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?");
    private static final Pattern DATE_WORD = Pattern.compile("(?i)" + MONTH.pattern()
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day|day|eve|week|weekend|morning|night|evening|afternoon");
    /** A value SUTime builds from a unit word alone: one day, one second, some time of day. */
    private static final Pattern UNIT_VALUE = Pattern.compile("PT?[1X][A-Z]|.*TXX:XX");
    private static final Map<String, Pattern> FILLERS = fillers();

    private NotDates() {
    }

    static boolean excluded(TimeExpression expression, List<CoreLabel> tokens) {
        List<CoreLabel> words = tokens.subList(expression.firstToken(), expression.endToken());
        CoreLabel before = expression.firstToken() > 0 ? tokens.get(expression.firstToken() - 1) : null;
        CoreLabel after = expression.endToken() < tokens.size() ? tokens.get(expression.endToken()) : null;
        return isAge(words, before, after) || isOrdinal(words, after) || isSeasonVerb(words)
                || isName(expression, words, before, after) || isFiller(words);
    }

    private static boolean isAge(List<CoreLabel> words, CoreLabel before, CoreLabel after) {
        CoreLabel last = words.get(words.size() - 1);
        return words.stream().anyMatch(word -> AGE_WORD.matcher(word.word()).matches())
                || last.word().equalsIgnoreCase("old") || after != null && after.word().equalsIgnoreCase("old")
                || before != null && AGE_CUES.contains(lower(before));
    }

    /** SUTime reads "second" as the unit; before a noun, or tagged an adjective, it is the ordinal. */
    private static boolean isOrdinal(List<CoreLabel> words, CoreLabel after) {
        CoreLabel last = words.get(words.size() - 1);
        return lower(last).equals("second") && (last.tag().startsWith("JJ")
                || after != null && (after.tag().startsWith("NN") || after.tag().startsWith("JJ")));
    }

    private static boolean isSeasonVerb(List<CoreLabel> words) {
        return words.size() == 1 && SEASON_VERBS.contains(lower(words.get(0))) && words.get(0).tag().startsWith("VB");
    }

    private static boolean isName(TimeExpression expression, List<CoreLabel> words, CoreLabel before, CoreLabel after) {
        List<CoreLabel> content = words.stream().filter(word -> !word.tag().equals("DT")).toList();
        if (content.isEmpty() || !content.stream().allMatch(NotDates::isProperNoun)) {
            return false;
        }
        if (expression.value() != null && UNIT_VALUE.matcher(expression.value()).matches()) {
            return true;
        }
        boolean monthAlone = content.size() == 1 && MONTH.matcher(content.get(0).word()).matches();
        return monthAlone && (before != null && (TITLES.contains(lower(before)) || isNamePart(before))
                || after != null && isNamePart(after));
    }

    private static boolean isProperNoun(CoreLabel word) {
        return word.tag().startsWith("NNP") || word.word().length() > 1 && word.word().equals(word.word().toUpperCase(Locale.ROOT))
                && word.word().chars().allMatch(Character::isLetter);
    }

    private static boolean isNamePart(CoreLabel word) {
        return word.tag().startsWith("NNP") && Character.isUpperCase(word.word().charAt(0))
                && !DATE_WORD.matcher(word.word()).matches();
    }

    private static boolean isFiller(List<CoreLabel> words) {
        if (words.size() != 1) {
            return false;
        }
        Pattern tags = FILLERS.get(lower(words.get(0)));
        return tags != null && tags.matcher(words.get(0).tag()).matches();
    }

    private static String lower(CoreLabel word) {
        return word.word().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Pattern> fillers() {
        Map<String, Pattern> fillers = new HashMap<>();
        for (String line : WordList.load("not-dates.txt")) {
            String[] parts = line.split("\\s+", 2);
            fillers.put(parts[0], Pattern.compile(parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : ".*"));
        }
        return Map.copyOf(fillers);
    }
}
