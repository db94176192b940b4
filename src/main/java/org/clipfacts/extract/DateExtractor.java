package org.clipfacts.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.util.CoreMap;
import org.clipfacts.article.Article;
import org.clipfacts.article.ReferenceDate;
import org.clipfacts.model.DateFact;
import org.clipfacts.nlp.AnnotatedArticle;
import org.clipfacts.nlp.NlpPipeline;
import org.clipfacts.nlp.TimeExpressions;
import org.clipfacts.nlp.TimeExpressions.TimeExpression;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every DATE, TIME, DURATION and SET expression with its TIMEX3 value.
 *
 * <p>With a full reference date SUTime resolves everything. Without one, expressions that need an anchor
 * ("last month", "last week") are resolved against a stand-in date and the parts the stand-in decided are
 * masked: with the dateline's month and day known only the year becomes {@code XXXX}; with nothing known
 * the month and day too. Nothing ever takes a year from the machine's clock.
 */
public final class DateExtractor {
    /** A leap year, so that a February 29 dateline is a valid stand-in. */
    private static final int STAND_IN_YEAR = 2000;
    private static final MonthDay STAND_IN_MONTH_DAY = MonthDay.of(6, 15);
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Pattern NAMES_A_DAY = Pattern.compile("(?i)\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow)\\b|"
            + "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");
    private static final Pattern BARE_UNIT = Pattern.compile("(?i)day|week|month|quarter|year");
    private static final Pattern DURATION_VALUE = Pattern.compile("PT?[\\dX].*");
    private static final Pattern PRESENT_IDIOM = Pattern.compile("(?i)\\bat (the moment|this (?:moment|time|point)|present)\\b");
    private static final Pattern HYPHENATED_REST = Pattern.compile("-(?:ago|earlier|end|one|two|three|four|five|six|seven|eight|nine)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b");
    private static final Pattern CALENDAR_VALUE = Pattern.compile("^(\\d{4})(-W\\d{2}|-\\d{2})?(-\\d{2})?(.*)$");
    /** The words SUTime's rules build on; see temporal-words.txt. */
    private static final Pattern TEMPORAL_WORD = Pattern.compile("(?:" + String.join("|", WordList.load("temporal-words.txt")) + ")",
            Pattern.CASE_INSENSITIVE);

    private final TimeExpressions timeExpressions;

    public DateExtractor(TimeExpressions timeExpressions) {
        this.timeExpressions = timeExpressions;
    }

    public List<DateFact> extract(AnnotatedArticle annotated) {
        Article article = annotated.article();
        ReferenceDate reference = annotated.referenceDate();
        List<DateFact> dates = new ArrayList<>();
        DateResolver resolver = new DateResolver(reference.hasYear() ? reference.date() : null);
        int sentenceIndex = -1;
        for (CoreSentence sentence : annotated.document().sentences()) {
            sentenceIndex++;
            CoreMap sentenceMap = sentence.coreMap();
            if (NlpPipeline.isTooLong(sentenceMap)) {
                continue;
            }
            List<DateFact> inSentence = new ArrayList<>();
            List<CoreLabel> tokens = sentenceMap.get(CoreAnnotations.TokensAnnotation.class);
            Map<Integer, String> anchoredByStart = null;
            List<TimeExpression> found = mayHoldTime(sentenceMap)
                    ? timeExpressions.find(sentenceMap, reference.hasYear() ? reference.date().toString() : null) : List.of();
            for (int index = 0; index < found.size(); index++) {
                TimeExpression expression = found.get(index);
                if (NotDates.excluded(expression, tokens)) {
                    continue;
                }
                int firstToken = anaphoricStart(tokens, expression.firstToken(), expression.endToken());
                int start = tokens.get(firstToken).beginPosition();
                int end = hyphenatedEnd(article.text(), expression.end());
                // SUTime splits "the year-ago third quarter" at the hyphen into "the year-ago" and "ago third
                // quarter": one expression, whose head (the later part) gives its type and value.
                while (index + 1 < found.size() && found.get(index + 1).start() < end) {
                    expression = found.get(++index);
                    end = Math.max(end, hyphenatedEnd(article.text(), expression.end()));
                }
                int endToken = expression.endToken();
                while (endToken < tokens.size() && tokens.get(endToken).beginPosition() < end) {
                    endToken++;
                }
                int periodStart = periodBefore(tokens, firstToken, endToken);
                if (periodStart < firstToken) {
                    firstToken = periodStart;
                    start = tokens.get(firstToken).beginPosition();
                }
                if (isYearOfPeriod(tokens, firstToken, endToken)) {
                    firstToken--;
                    endToken++;
                    start = tokens.get(firstToken).beginPosition();
                    end = tokens.get(endToken - 1).endPosition();
                }
                String value = expression.value();
                if (value == null && !reference.hasYear()) {
                    if (anchoredByStart == null) {
                        anchoredByStart = resolveWithStandIn(sentenceMap, reference.monthDay());
                    }
                    value = mask(anchoredByStart.get(expression.start()), reference.monthDay() != null,
                            WEEKDAY.matcher(article.slice(start, end)).find(), MONTH.matcher(article.slice(start, end)).find());
                }
                if (value == null) {
                    value = expression.altValue();
                } else if (value.startsWith("T")) {
                    value = "XXXX-XX-XX" + value;
                }
                CountedDuration counted = CountedDuration.around(tokens, firstToken, endToken, value);
                if (counted != null) {
                    firstToken = counted.firstToken();
                    endToken = counted.endToken();
                    start = tokens.get(firstToken).beginPosition();
                    end = Math.max(end, tokens.get(endToken - 1).endPosition());
                    value = counted.value();
                }
                String text = article.slice(start, end);
                int yearShift = value == null ? 0 : resolver.namedDayYearShift(text, value, tokens, firstToken, endToken);
                if (yearShift != 0) {
                    value = valueAt(sentenceMap, expression.start(), reference.date().plusYears(yearShift), value);
                }
                value = resolver.resolve(text, value, tokens, firstToken, endToken, sentenceIndex);
                inSentence.add(new DateFact(text, typeOf(expression.type(), value), value, article.codePoint(start), article.codePoint(end)));
            }
            if (reference.hasYear()) {
                onTheDayNamed(inSentence, reference.date());
            }
            addPresentIdioms(article, sentenceMap, inSentence);
            dates.addAll(inSentence);
        }
        return dates;
    }

    /**
     * "2 1/2 years", "an hour and a half", "20 more years": the count SUTime leaves out (it finds "years", "an
     * hour"), the half written as TimeML does, in the next smaller unit where it is whole (P2Y6M, PT1H30M),
     * else as a decimal.
     */
    record CountedDuration(int firstToken, int endToken, String value) {
        private static final Pattern SIMPLE_DURATION = Pattern.compile("P(T?)(\\d+|X)([YMWDHS])");
        private static final List<String> COUNT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve");
        private static final Pattern WHOLE_AND_HALF = Pattern.compile("(\\d+)[\\s\u00A0]+(?:1/2|\u00BD)");

        static CountedDuration around(List<CoreLabel> tokens, int firstToken, int endToken, String value) {
            Matcher duration = value == null ? null : SIMPLE_DURATION.matcher(value);
            if (duration == null || !duration.matches()) {
                return null;
            }
            boolean time = !duration.group(1).isEmpty();
            String unit = duration.group(3);
            if (firstToken >= 1) {
                Matcher joined = WHOLE_AND_HALF.matcher(tokens.get(firstToken - 1).word());
                if (joined.matches()) {
                    return new CountedDuration(firstToken - 1, endToken, withHalf(joined.group(1), time, unit));
                }
                boolean half = tokens.get(firstToken - 1).word().matches("1/2|\u00BD");
                if (half && firstToken >= 2 && tokens.get(firstToken - 2).word().matches("\\d+")) {
                    return new CountedDuration(firstToken - 2, endToken, withHalf(tokens.get(firstToken - 2).word(), time, unit));
                }
            }
            boolean more = firstToken >= 2 && tokens.get(firstToken - 1).word().equalsIgnoreCase("more") && duration.group(2).equals("X");
            int count = more ? COUNT_WORDS.indexOf(tokens.get(firstToken - 2).word().toLowerCase(Locale.ROOT)) : -1;
            if (more && (count > 0 || tokens.get(firstToken - 2).word().matches("\\d+"))) {
                String whole = count > 0 ? String.valueOf(count) : tokens.get(firstToken - 2).word();
                return new CountedDuration(firstToken - 2, endToken, (time ? "PT" : "P") + whole + unit);
            }
            boolean andAHalf = endToken + 2 < tokens.size() && tokens.get(endToken).word().equalsIgnoreCase("and")
                    && tokens.get(endToken + 1).word().equalsIgnoreCase("a") && tokens.get(endToken + 2).word().equalsIgnoreCase("half");
            return andAHalf && !duration.group(2).equals("X") ? new CountedDuration(firstToken, endToken + 3, withHalf(duration.group(2), time, unit)) : null;
        }

        private static String withHalf(String whole, boolean time, String unit) {
            String prefix = time ? "PT" : "P";
            return switch (time + unit) {
                case "falseY" -> prefix + whole + "Y6M";
                case "falseD" -> prefix + whole + "DT12H";
                case "trueH" -> prefix + whole + "H30M";
                case "trueM" -> prefix + whole + "M30S";
                default -> prefix + whole + ".5" + unit;
            };
        }
    }

    /**
     * A clock time that names no day ("at about 10:35 a.m. (0735 GMT) Friday") is on the day its sentence
     * names, not on the reference day SUTime gives it; with two days named the sentence does not say which.
     */
    static void onTheDayNamed(List<DateFact> inSentence, LocalDate reference) {
        List<String> days = inSentence.stream().map(DateFact::value).filter(value -> value != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*"))
                .map(value -> value.substring(0, 10)).filter(day -> !day.equals(reference.toString())).distinct().toList();
        if (days.size() != 1) {
            return;
        }
        for (int i = 0; i < inSentence.size(); i++) {
            DateFact fact = inSentence.get(i);
            boolean clockToday = fact.value() != null && fact.value().startsWith(reference + "T") && fact.value().matches(".*T\\d{2}:\\d{2}");
            if (clockToday && !NAMES_A_DAY.matcher(fact.text()).find()) {
                inSentence.set(i, new DateFact(fact.text(), fact.type(), days.get(0) + fact.value().substring(10), fact.start(), fact.end()));
            }
        }
    }

    /** "At the moment", "at present", "at this time": now, which SUTime does not know (PRESENT_REF in TimeML). */
    private static void addPresentIdioms(Article article, CoreMap sentence, List<DateFact> inSentence) {
        int sentenceStart = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int sentenceEnd = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        Matcher idiom = PRESENT_IDIOM.matcher(article.text()).region(sentenceStart, sentenceEnd);
        boolean added = false;
        while (idiom.find()) {
            int start = article.codePoint(idiom.start(1));
            int end = article.codePoint(idiom.end(1));
            if (inSentence.stream().noneMatch(date -> date.start() < end && start < date.end())) {
                inSentence.add(new DateFact(article.slice(idiom.start(1), idiom.end(1)), "DATE", "PRESENT_REF", start, end));
                added = true;
            }
        }
        if (added) {
            inSentence.sort(Comparator.comparingInt(DateFact::start));
        }
    }

    /** "That day", "the same week": SUTime takes the unit alone, as a duration. */
    static int anaphoricStart(List<CoreLabel> tokens, int firstToken, int endToken) {
        if (endToken - firstToken != 1 || !BARE_UNIT.matcher(tokens.get(firstToken).word()).matches() || firstToken == 0) {
            return firstToken;
        }
        String before = tokens.get(firstToken - 1).word().toLowerCase(Locale.ROOT);
        if (before.equals("that")) {
            return firstToken - 1;
        }
        boolean same = before.equals("same") && firstToken > 1 && tokens.get(firstToken - 2).word().toLowerCase(Locale.ROOT).matches("the|that");
        return same ? firstToken - 2 : firstToken;
    }

    /**
     * "The 1989 period": a year SUTime takes alone, which with its article and noun names the period a story
     * reports in that year (TimeML's extent).
     */
    static boolean isYearOfPeriod(List<CoreLabel> tokens, int firstToken, int endToken) {
        return endToken - firstToken == 1 && tokens.get(firstToken).word().matches("\\d{4}") && firstToken > 0
                && tokens.get(firstToken - 1).word().equalsIgnoreCase("the") && endToken < tokens.size()
                && tokens.get(endToken).word().equalsIgnoreCase("period");
    }

    /**
     * Where "last year" starts with the period it dates: "the corresponding period last year" is the one
     * expression TimeML marks. Otherwise {@code firstToken}.
     */
    static int periodBefore(List<CoreLabel> tokens, int firstToken, int endToken) {
        boolean lastYear = endToken - firstToken == 2 && tokens.get(firstToken).word().equalsIgnoreCase("last")
                && tokens.get(firstToken + 1).word().equalsIgnoreCase("year");
        if (!lastYear || firstToken == 0 || !tokens.get(firstToken - 1).word().matches("(?i)period|quarter")) {
            return firstToken;
        }
        int start = firstToken - 1;
        if (start > 0 && tokens.get(start - 1).word().matches("(?i)comparable|corresponding|same")) {
            start--;
        }
        return start > 0 && tokens.get(start - 1).word().equalsIgnoreCase("the") ? start - 1 : start;
    }

    /** A value the resolution turned into a date (or a duration) takes that type. */
    private static String typeOf(String type, String value) {
        if (value == null) {
            return type;
        }
        if (DURATION_VALUE.matcher(value).matches() && !type.equals("SET")) {
            return "DURATION";
        }
        return type.equals("DURATION") && (Character.isDigit(value.charAt(0)) || value.startsWith("XXXX")) ? "DATE" : type;
    }

    /**
     * The end of an expression SUTime stopped at a hyphen the tokenizer split: "the year-ago quarter" ends
     * after "year-ago", "year-end" after "end", "nineteen ninety-six" after "six".
     */
    static int hyphenatedEnd(String text, int end) {
        Matcher rest = HYPHENATED_REST.matcher(text).region(end, text.length());
        return rest.lookingAt() ? rest.end() : end;
    }

    /**
     * Whether SUTime could find anything in the sentence: only if a token has a digit or is (or has, between
     * hyphens) a word its rules build on. SUTime is the costliest step of the pipeline, and about a third of
     * the sentences of news have no such word (9,135 of 19,715 in 1,000 BBC articles, where SUTime finds nothing in any of them).
     */
    static boolean mayHoldTime(CoreMap sentence) {
        for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            String word = token.word();
            if (word.chars().anyMatch(Character::isDigit)) {
                return true;
            }
            for (String part : word.split("-")) {
                if (TEMPORAL_WORD.matcher(part).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value SUTime gives the expression starting at {@code start} against another reference date. */
    private String valueAt(CoreMap sentence, int start, LocalDate otherReference, String otherwise) {
        return timeExpressions.find(sentence, otherReference.toString()).stream().filter(found -> found.start() == start && found.value() != null)
                .map(TimeExpression::value).findFirst().orElse(otherwise);
    }

    private Map<Integer, String> resolveWithStandIn(CoreMap sentence, MonthDay known) {
        LocalDate standIn = (known != null ? known : STAND_IN_MONTH_DAY).atYear(STAND_IN_YEAR);
        Map<Integer, String> byStart = new HashMap<>();
        for (TimeExpression expression : timeExpressions.find(sentence, standIn.toString())) {
            if (expression.value() != null) {
                byStart.put(expression.start(), expression.value());
            }
        }
        return byStart;
    }

    /**
     * Replaces what the stand-in date decided with X: the year and week always, month and day unless
     * known (the month also when the expression names it: "March last year"). A weekday ("last Sunday") keeps only its day of the week: without the year its date is unknown.
     */
    static String mask(String value, boolean monthDayKnown, boolean namesWeekday, boolean namesMonth) {
        if (value == null) {
            return null;
        }
        Matcher m = CALENDAR_VALUE.matcher(value);
        if (!m.matches()) {
            return value;
        }
        if (namesWeekday && m.group(2) != null && m.group(3) != null && !m.group(2).startsWith("-W")) {
            int dayOfWeek = LocalDate.parse(value.substring(0, 10)).getDayOfWeek().getValue();
            return "XXXX-WXX-" + dayOfWeek + m.group(4);
        }
        StringBuilder masked = new StringBuilder("XXXX");
        String monthOrWeek = m.group(2);
        if (monthOrWeek != null) {
            masked.append(monthOrWeek.startsWith("-W") ? "-WXX" : monthDayKnown || namesMonth ? monthOrWeek : "-XX");
        }
        if (m.group(3) != null) {
            masked.append(monthDayKnown ? m.group(3) : "-XX");
        }
        return masked.append(m.group(4)).toString();
    }
}
