package org.clipfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects SUTime's values where the sentence or the story decides them, one article at a time:
 * <ul>
 * <li>a bare month, month and day, weekday, "the weekend" or quarter takes the occurrence before or after
 * the reference date that the tense of its clause points to ("was charged in June": the last June);</li>
 * <li>"three years ago" has the granularity of its unit (a year, not a day);</li>
 * <li>anaphoric dates ("that day", "the following month", "a year earlier") count from the last date the
 * article mentioned, when it has the parts they need; "a year ago" beside a quarter is that quarter a year
 * before;</li>
 * <li>time zones are dropped from values, as TimeML does.</li>
 * </ul>
 * Without a year known, the same arithmetic runs on the masked values and keeps their {@code XXXX}.
 */
final class DateResolver {
    private static final String MONTH_NAME =
            "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern BARE_MONTH = Pattern.compile("(?:early |late |mid-?)?(?:" + MONTH_NAME + ")\\.?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:(?:" + MONTH_NAME + ")\\.? \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)? (?:" + MONTH_NAME + ")\\.?)");
    private static final Pattern MONTH_WORD = Pattern.compile("\\b(?:" + MONTH_NAME + ")\\b");
    /** What a named day ("Thanksgiving Day", "Boxing Day") does not have. */
    private static final Pattern NOT_A_NAMED_DAY = Pattern.compile(
            "\\d|\\b(?:today|yesterday|tomorrow|tonight|now|this|last|next|that|same|ago|later|earlier|before|after|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Pattern DEICTIC = Pattern.compile("\\b(?:last|next|this|coming|past|previous|following|ago|\\d+|" + MONTH_NAME + ")\\b");
    private static final Pattern WEEKEND = Pattern.compile("(?:the )?weekend");
    private static final Pattern THE_WEEK = Pattern.compile("(?:the )?week");
    private static final Pattern THE_PAST_UNIT = Pattern.compile("(?:the )?past (year|month|week)");
    private static final Pattern THE_QUARTER = Pattern.compile("(?:the )?(?:fiscal )?quarter");
    private static final Pattern LATEST_QUARTER = Pattern.compile("(?:the )?(?:latest|most recent|just-ended)(?: fiscal)? quarter");
    /** "The year-ago quarter", "year-earlier results": the period compared with, a year before. */
    private static final Pattern YEAR_AGO = Pattern.compile(
            "(?:the |in the |a (?=year-))?(?:comparable |corresponding )?year[- ](?:ago|earlier)(?: (?:fiscal )?(first|second|third|fourth))?(?: (?:fiscal )?(quarter|period))?");
    /** "The corresponding period last year", "last year's quarter": the period compared, a year before. */
    private static final Pattern LAST_YEARS_PERIOD = Pattern.compile(
            "(?:the )?(?:comparable |corresponding |same )?(?:quarter|period) (?:of )?last year|last year's (?:comparable |corresponding |same )?(?:quarter|period)");
    /** "The 1988 period", "the 1989 quarter": the quarter the story reports, in that year. */
    private static final Pattern YEARS_PERIOD = Pattern.compile("the (\\d{4}) (?:fiscal )?(?:quarter|period)");
    private static final Pattern PERIOD_WORD = Pattern.compile("(?i)quarter|period");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final Pattern LAST_OR_NEXT_MONTH = Pattern.compile("(last|next|this past|this coming) (?:" + MONTH_NAME + ")\\.?");
    private static final Pattern YEAR_END = Pattern.compile("(?:(?:around|at|by|until) )?(?:the )?(?:year[- ]end|year's end|end of the year)");
    /** "The year ended Sept. 30" is the twelve months to that day. */
    private static final Pattern YEAR_ENDED = Pattern.compile("the (?:fiscal )?year");
    private static final Pattern WRITTEN_YEAR = Pattern.compile(
            "nineteen[- ](ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?");
    /** An ordinal quarter the words give no year: "the fiscal first quarter", "a flat second quarter". */
    private static final Pattern ORDINAL_QUARTER = Pattern.compile("(?:(?!\\d|year).)*\\b(first|second|third|fourth)[- ](?:fiscal[- ])?quarter");
    private static final Pattern AGO = Pattern.compile(".*\\b(years?|decades?|months?|weeks?|days?) ago");
    private static final Pattern ANAPHOR = Pattern.compile(
            "(?:that|the same|that same|(?:earlier|later) that) (day|week|month|quarter|year)"
                    + "|the (following|next|previous|preceding) (day|week|month|quarter|year)|the (day|week|month|year) (before|after)"
                    + "|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (years?) (earlier|later|before|after)");
    /**
     * "A day later", "an hour later", "a few days later" are durations: TimeML gives the anchor to a signal. A
     * year earlier names the period compared.
     */
    private static final Pattern COUNTED_FROM_ANCHOR = Pattern.compile(
            "(a few|few|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (minute|hour|day|week|month)s? (?:earlier|later|before|after)");
    /** A range ("12 to 18") or a count, then a unit, ending the expression. */
    private static final Pattern TRAILING_COUNT = Pattern.compile(
            "(?:.*?\\s)??(?:(\\w+ (?:to|or) )?(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)) (second|minute|hour|day|week|month|year)s?");
    /** What SUTime writes for intervals, ranges and unresolved compositions: no TIMEX3 value has these. */
    private static final Pattern INVALID_VALUE = Pattern.compile("[/( ]");
    private static final Pattern COUNTED_UNIT = Pattern.compile("(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:day|week|month|year)s?");
    private static final List<String> TENS = List.of("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(.*)");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4}|XXXX)-Q([1-4])");
    private static final Pattern CALENDAR = Pattern.compile("(?:\\d{4}|XXXX)(?:-(?:\\d{2}|W\\d{2}|Q[1-4]).*)?");
    /** A value down to the year, month or day: year, then month and day or X. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");
    private static final List<String> UNITS = List.of("year", "month", "week", "day");
    private static final Pattern ZONE = Pattern.compile("(.*T\\d{2}(?::\\d{2})?)[+-]\\d{4}");
    /** A part of an unresolved SUTime composition: "THIS P1D", "XXXX-10-12 OFFSET P1D", ">PT4H". */
    private static final Pattern COMPOSED_PART = Pattern.compile("(?:THIS )?(?:[<>]=?)?(.+?)(?: OFFSET .*)?");
    /** "1999-10-07-WXX-4TMO": a day SUTime also gives the weekday of. */
    private static final Pattern DAY_AND_WEEKDAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-WXX-\\d(.*)");
    /**
     * An expression that ends in a count of units ("more than four hours") or counts the first or last units
     * of a period ("the first nine months of 1997") is a duration.
     */
    private static final String COUNT_OF_UNITS = "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
            + " (?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?)";
    private static final Pattern ENDS_IN_COUNT = Pattern.compile(
            ".*\\b" + COUNT_OF_UNITS + "|.*\\b(?:first|last|past|next|previous|final) " + COUNT_OF_UNITS + " of .*");
    private static final Pattern WEEK_OF = Pattern.compile("(?:the )?week of .*");
    /** "The first half of 1990", "the first two quarters of 1990", "the last half of 1989": TIMEX3's H1 and H2. */
    private static final Pattern HALF_OF_YEAR = Pattern.compile(
            ".*\\b(?:(first)|second|last|latter) (?:half|two quarters) of (?:fiscal )?(\\d{4})");
    /** "The last three months of 2004": a quarter, which SUTime leaves as an unresolved composition. */
    private static final Pattern THREE_MONTHS_OF_YEAR = Pattern.compile(".*\\b(?:(first)|last|final) three months of (?:fiscal )?(\\d{4})");
    /** A leap year, so that any masked month and day can be counted from. */
    private static final int STAND_IN_YEAR = 2000;
    private static final int NEAR_DAYS = 31;

    private final LocalDate reference;
    private String lastCalendarValue;
    /**
     * The first quarter of a year the article named, the one it reports, as "the quarter" and "the 1988 period"
     * take it: a later one is mostly a comparison ("after a flat second quarter").
     */
    private String reportedQuarter;
    /** The last quarter of a year named, and its sentence: "a year ago" compares with it, even after "ended Sept. 30". */
    private String lastQuarter;
    private int lastQuarterSentence = -1;
    /** Whether the expression before, in the same sentence, was a duration ("the first nine months"). */
    private boolean afterDurationInSentence;
    private int lastSentence = -1;

    /** {@code reference} is the article's full reference date, or null. */
    DateResolver(LocalDate reference) {
        this.reference = reference;
    }

    /** The value of one expression of sentence {@code sentence}, in the order the article gives them. */
    String resolve(String text, String value, List<CoreLabel> tokens, int firstToken, int endToken, int sentence) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (sentence != lastSentence) {
            afterDurationInSentence = false;
            lastSentence = sentence;
        }
        String resolved = resolveOne(lower, value, tokens, firstToken, endToken, sentence);
        afterDurationInSentence = resolved != null && resolved.startsWith("P");
        if (resolved != null && lower.contains("midnight") && DAY_VALUE.matcher(resolved).matches() && resolved.endsWith("T00:00")) {
            // TimeML writes midnight as the end of the day it closes: "midnight Friday" is Friday T24:00.
            resolved = resolved.substring(0, 10) + "T24:00";
        }
        if (resolved != null && CALENDAR.matcher(resolved).matches() && !comparedPeriod(withAnaphoricWord(lower, tokens, endToken))) {
            lastCalendarValue = resolved;
            if (resolved.matches("\\d{4}-Q[1-4]")) {
                reportedQuarter = reportedQuarter == null ? resolved : reportedQuarter;
                lastQuarter = resolved;
                lastQuarterSentence = sentence;
            }
        }
        return resolved;
    }

    /**
     * "A year earlier", "a year ago", "the year-ago quarter", "the 1988 period", "last year's quarter" name the period a figure is
     * compared with, not a new time the story moves to: the next "a year earlier" still counts from the period
     * reported.
     */
    private static boolean comparedPeriod(String text) {
        Matcher anaphor = ANAPHOR.matcher(text);
        Matcher ago = AGO.matcher(text);
        return anaphor.matches() && anaphor.group(7) != null || ago.matches() && ago.group(1).startsWith("year")
                || YEAR_AGO.matcher(text).matches() || YEARS_PERIOD.matcher(text).matches() || LAST_YEARS_PERIOD.matcher(text).matches();
    }

    private String resolveOne(String expressionText, String value, List<CoreLabel> tokens, int firstToken, int endToken, int sentence) {
        if (value == null) {
            return null;
        }
        String text = withAnaphoricWord(expressionText, tokens, endToken);
        Matcher half = HALF_OF_YEAR.matcher(text);
        if (half.matches()) {
            return half.group(2) + (half.group(1) != null ? "-H1" : "-H2");
        }
        Matcher threeMonths = THREE_MONTHS_OF_YEAR.matcher(text);
        if (threeMonths.matches()) {
            return threeMonths.group(2) + (threeMonths.group(1) != null ? "-Q1" : "-Q4");
        }
        value = composed(text, value);
        String counted = countedDuration(text, value);
        if (counted != null) {
            return counted;
        }
        Matcher fromAnchor = COUNTED_FROM_ANCHOR.matcher(text);
        if (fromAnchor.matches()) {
            return duration(countOrOpen(fromAnchor.group(1)), fromAnchor.group(2));
        }
        Matcher zone = ZONE.matcher(value);
        if (zone.matches()) {
            return zone.group(1);
        }
        if (value.equals("XXXX-WE")) {
            return "XXXX-WXX-WE";
        }
        if (text.matches("0\\d[0-5]\\d") && value.equals(text) || isTwentyFourHourClock(text, value, tokens, firstToken, endToken)) {
            return "XXXX-XX-XXT" + text.substring(0, 2) + ":" + text.substring(2);
        }
        Matcher written = WRITTEN_YEAR.matcher(text);
        if (written.find() && value.matches("\\d{4}.*")) {
            int year = 1900 + 10 * (TENS.indexOf(written.group(1)) + 1) + (written.group(2) == null ? 0 : NUMBERS.indexOf(written.group(2)));
            return year + value.substring(4);
        }
        if (YEAR_ENDED.matcher(text).matches() && endToken < tokens.size()
                && tokens.get(endToken).word().toLowerCase(Locale.ROOT).matches("ended|ending")) {
            return "P1Y";
        }
        Matcher yearsPeriod = YEARS_PERIOD.matcher(text);
        // "In the first nine months, net was $306 million, against $195 million in the 1988 period": those months.
        if (yearsPeriod.matches() && reportedQuarter != null && !afterDurationInSentence) {
            return yearsPeriod.group(1) + reportedQuarter.substring(4);
        }
        if (LAST_YEARS_PERIOD.matcher(text).matches()) {
            return yearBeforeComparedPeriod(0, true, value, sentence);
        }
        Matcher yearAgo = YEAR_AGO.matcher(text);
        if (yearAgo.matches()) {
            boolean period = yearAgo.group(2) != null || endToken < tokens.size() && PERIOD_WORD.matcher(tokens.get(endToken).word()).matches();
            int ordinal = yearAgo.group(1) == null ? 0 : ORDINALS.indexOf(yearAgo.group(1)) + 1;
            return yearBeforeComparedPeriod(ordinal, period, value, sentence);
        }
        Matcher anaphor = ANAPHOR.matcher(text);
        if (anaphor.matches() && lastCalendarValue != null) {
            String fromLast = fromLastDate(anaphor);
            return fromLast != null ? fromLast : value;
        }
        Matcher ago = AGO.matcher(text);
        if (ago.matches()) {
            return agoValue(ago.group(1), value, sentence);
        }
        Tense tense = Tense.of(tokens, firstToken, endToken);
        int afterPossessive = endToken < tokens.size() && tokens.get(endToken).word().equals("'s") ? endToken + 1 : endToken;
        boolean endFollows = afterPossessive < tokens.size() && tokens.get(afterPossessive).word().equalsIgnoreCase("end");
        if (YEAR_END.matcher(text).matches() || text.matches("(?:the )?year") && endFollows) {
            // TIMEX3 writes the end of a year as the year (with mod END); SUTime makes it a year's duration.
            return reference == null ? "XXXX" : String.valueOf(reference.getYear() - (tense == Tense.PAST ? 1 : 0));
        }
        if (THE_WEEK.matcher(text).matches() && value.matches("\\d{4}-W\\d{2}")) {
            // "The week" names no week: in a Monday's market report it is the one before. TimeML leaves it open.
            return value.substring(0, 4) + "-WXX";
        }
        if (reference == null) {
            return value;
        }
        Matcher pastUnit = THE_PAST_UNIT.matcher(text);
        if (pastUnit.matches() && value.equals(format(reference, pastUnit.group(1), false))) {
            // SUTime takes "over the past year" for this one; it is the one just past.
            String unit = pastUnit.group(1);
            return format(reference.minus(1, ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S")), unit, false);
        }
        Matcher day = DAY_VALUE.matcher(value);
        Matcher month = MONTH_VALUE.matcher(value);
        if (BARE_MONTH.matcher(text).matches() && month.matches()) {
            return occurrence(LocalDate.of(reference.getYear(), Integer.parseInt(month.group(2)), 1), tense).toString().substring(0, 7);
        }
        // SUTime leaves a day unresolved when an appositive follows ("Nov. 3, the day before the warrant").
        boolean unresolvedDay = day.matches() && day.group(1).equals("XXXX") && MONTH_DAY.matcher(text).find();
        if (MONTH_DAY.matcher(text).matches() && day.matches() || unresolvedDay) {
            LocalDate date = LocalDate.of(reference.getYear(), Integer.parseInt(day.group(2)), Math.min(Integer.parseInt(day.group(3)), 28));
            return occurrence(date, tense).getYear() + value.substring(4);
        }
        int currentQuarter = (reference.getMonthValue() + 2) / 3;
        if (LATEST_QUARTER.matcher(text).matches()) {
            return quarter(reference.getYear(), currentQuarter - 1);
        }
        Matcher lastOrNext = LAST_OR_NEXT_MONTH.matcher(text);
        if (lastOrNext.matches() && month.matches()) {
            int m = Integer.parseInt(month.group(2));
            boolean last = lastOrNext.group(1).contains("last") || lastOrNext.group(1).contains("past");
            int year = reference.getYear() + (last ? (m >= reference.getMonthValue() ? -1 : 0) : (m <= reference.getMonthValue() ? 1 : 0));
            return year + "-" + month.group(2);
        }
        Matcher ordinal = ORDINAL_QUARTER.matcher(text);
        if (ordinal.matches()) {
            int q = ORDINALS.indexOf(ordinal.group(1)) + 1;
            // News reports quarters as they end: even "third-quarter profit is expected to fall" in October is
            // the quarter just ended (in TimeBank 88 of 90 ordinal quarters are this year's up to the current
            // one, or last year's later ones), so only a past clause moves a later quarter to last year.
            int shift = switch (tense) {
                case PAST -> q > currentQuarter ? -1 : 0;
                case FUTURE -> 0;
                case PRESENT, UNKNOWN -> q - currentQuarter >= 2 ? -1 : 0;
            };
            return (reference.getYear() + shift) + "-Q" + q;
        }
        // A weekday in news is mostly this week's past one: in TimeBank 303 of 321 bare weekdays are the
        // reference day or before it. A future clause looks forward, and so does the simple present
        // ("the talks resume Monday"), but not a weekday's event named in it ("Monday's attack").
        if (WEEKDAY.matcher(text).find() && !DEICTIC.matcher(text.replaceAll(WEEKDAY.pattern(), "")).find() && day.matches()
                && !day.group(1).equals("XXXX")) {
            DayOfWeek weekday = LocalDate.parse(value.substring(0, 10)).getDayOfWeek();
            boolean possessive = endToken < tokens.size() && tokens.get(endToken).tag().equals("POS");
            boolean ahead = tense == Tense.FUTURE || tense == Tense.PRESENT && !possessive;
            LocalDate date = reference.with(ahead ? TemporalAdjusters.nextOrSame(weekday) : TemporalAdjusters.previousOrSame(weekday));
            return date + day.group(4);
        }
        // "The quarter" of a clause not in the future is the one the story reports: the first it named, else
        // the last complete one ("profit for the quarter rose").
        if (THE_QUARTER.matcher(text).matches() && tense != Tense.FUTURE) {
            return reportedQuarter != null ? reportedQuarter : quarter(reference.getYear(), currentQuarter - 1);
        }
        if (tense == Tense.UNKNOWN || tense == Tense.PRESENT) {
            return value;
        }
        boolean past = tense == Tense.PAST;
        if (WEEKEND.matcher(text).matches() && value.matches("\\d{4}-W\\d{2}-WE")) {
            LocalDate saturday = reference.with(past ? TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)
                    : TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            return isoWeek(saturday) + "-WE";
        }
        return value;
    }

    /**
     * "2200" in "between 2200 and 0700" or "at 2200 GMT" is a time, not a year: a zone or a time that cannot
     * be a year (it starts with 0) beside it says so.
     */
    private static boolean isTwentyFourHourClock(String text, String value, List<CoreLabel> tokens, int firstToken, int endToken) {
        if (!text.matches("(?:[01]\\d|2[0-3])[0-5]\\d") || !value.equals(text)) {
            return false;
        }
        String after = endToken < tokens.size() ? tokens.get(endToken).word() : "";
        boolean earlyTimeAfter = endToken + 1 < tokens.size() && after.matches("(?i)and|to|until|-")
                && tokens.get(endToken + 1).word().matches("0\\d[0-5]\\d");
        boolean earlyTimeBefore = firstToken >= 2 && tokens.get(firstToken - 1).word().matches("(?i)and|to|until|-")
                && tokens.get(firstToken - 2).word().matches("0\\d[0-5]\\d");
        return after.matches("GMT|BST|UTC|CET|EST|EDT|hrs|hours") || earlyTimeAfter || earlyTimeBefore;
    }

    /**
     * How many years a named day SUTime put near the reference date ("Thanksgiving Day", "Christmas") moves
     * by the tense of its clause: -1 for "since Thanksgiving Day" in a January story, else 0. Its date in
     * another year is SUTime's to say (Thanksgiving moves with the weekdays).
     */
    int namedDayYearShift(String text, String value, List<CoreLabel> tokens, int firstToken, int endToken) {
        if (reference == null || !value.matches("\\d{4}-\\d{2}-\\d{2}") || Math.abs(Integer.parseInt(value.substring(0, 4)) - reference.getYear()) > 1
                || text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return 0;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (NOT_A_NAMED_DAY.matcher(lower).find() || MONTH_WORD.matcher(lower).find()) {
            return 0;
        }
        LocalDate date = LocalDate.parse(value);
        return occurrence(date.withYear(reference.getYear()), Tense.of(tokens, firstToken, endToken)).getYear() - date.getYear();
    }

    /**
     * The one value an unresolved SUTime composition stands for, where its parts decide it: "THIS P1D
     * INTERSECT XXXX-11-03" ("Nov. 3") is that day, "1989 INTERSECT P1Y" ("this year") the year, "1997
     * INTERSECT P9M" ("the first nine months") the duration, "2000-03-06 INTERSECT P1W" ("the week of March
     * 6") that week. Any other value is returned as it is.
     */
    static String composed(String text, String value) {
        if (!value.contains(" INTERSECT ")) {
            return value;
        }
        boolean duration = ENDS_IN_COUNT.matcher(text).matches();
        for (String part : value.split(" INTERSECT ")) {
            Matcher composedPart = COMPOSED_PART.matcher(part);
            if (!composedPart.matches()) {
                continue;
            }
            String single = DAY_AND_WEEKDAY.matcher(composedPart.group(1)).replaceFirst("$1$2");
            if (duration && single.startsWith("P")) {
                return single;
            }
            if (!duration && CALENDAR.matcher(single).matches()) {
                return WEEK_OF.matcher(text).matches() && single.matches("\\d{4}-\\d{2}-\\d{2}") ? isoWeek(LocalDate.parse(single)) : single;
            }
        }
        return value;
    }

    /**
     * The duration an expression that ends in a count of units says, where SUTime's value is no TIMEX3 value:
     * "the next several days" (an interval of days), "five months" (an interval from a stand-in date), "the
     * next 12 to 18 months" (a range, whose count TIMEX3 leaves open). Else null.
     */
    private static String countedDuration(String text, String value) {
        Matcher count = TRAILING_COUNT.matcher(text);
        if (!INVALID_VALUE.matcher(value).find() || !count.matches()) {
            return null;
        }
        return duration(count.group(1) != null ? "X" : countOrOpen(count.group(2)), count.group(3));
    }

    /** The count a word gives, or X for "few", "a few" and "several", which leave it open. */
    private static String countOrOpen(String word) {
        return word.matches("(?:a )?few|several") ? "X" : String.valueOf(count(word));
    }

    /** A TIMEX3 duration of {@code number} units: "P5M", "PT2H" (clock units take the T), "PXD". */
    private static String duration(String number, String unit) {
        return (unit.matches("second|minute|hour") ? "PT" : "P") + number + Character.toUpperCase(unit.charAt(0));
    }

    /**
     * The period a year before the quarter this sentence or the one before names; "the year-ago third
     * quarter" is that quarter of last year; without one, the last complete quarter a year before when the
     * words say quarter or period, else last year.
     */
    private String yearBeforeComparedPeriod(int ordinal, boolean period, String value, int sentence) {
        if (ordinal > 0 && reference != null) {
            int currentQuarter = (reference.getMonthValue() + 2) / 3;
            return (reference.getYear() - 1 - (ordinal > currentQuarter ? 1 : 0)) + "-Q" + ordinal;
        }
        if (lastQuarter != null && sentence - lastQuarterSentence <= 1) {
            return (Integer.parseInt(lastQuarter.substring(0, 4)) - 1) + lastQuarter.substring(4);
        }
        if (reference == null) {
            return value;
        }
        int currentQuarter = (reference.getMonthValue() + 2) / 3;
        return period ? quarter(reference.getYear() - 1, currentQuarter - 1) : String.valueOf(reference.getYear() - 1);
    }

    /**
     * The year's {@code date} (a month's first day, or a day) moved to the occurrence the tense points to: in
     * the past, the last one not after the reference date unless the next is within a month (past clauses
     * name near deadlines: "has set Nov. 10 as the deadline"); in the future, the next one; else the nearest.
     */
    private LocalDate occurrence(LocalDate date, Tense tense) {
        LocalDate before = date.isAfter(reference) ? date.minusYears(1) : date;
        LocalDate after = date.isBefore(reference) ? date.plusYears(1) : date;
        long back = ChronoUnit.DAYS.between(before, reference);
        long ahead = ChronoUnit.DAYS.between(reference, after);
        return switch (tense) {
            case PAST -> ahead <= NEAR_DAYS && !date.isBefore(reference) ? after : before;
            case FUTURE -> after;
            case PRESENT, UNKNOWN -> back <= ahead ? before : after;
        };
    }

    /**
     * The expression with the word after it that makes it anaphoric, where SUTime left it out: "a year
     * before" from "a year" (not "a year after the war").
     */
    private static String withAnaphoricWord(String text, List<CoreLabel> tokens, int endToken) {
        if (COUNTED_UNIT.matcher(text).matches() && endToken < tokens.size()) {
            String after = tokens.get(endToken).word().toLowerCase(Locale.ROOT);
            boolean clauseEnds = endToken + 1 == tokens.size() || !Character.isLetterOrDigit(tokens.get(endToken + 1).word().charAt(0));
            if (after.matches("earlier|later") || after.matches("before|after") && clauseEnds) {
                return text + " " + after;
            }
        }
        return text;
    }

    private static int count(String word) {
        return word.startsWith("a") ? 1 : NUMBERS.contains(word) ? NUMBERS.indexOf(word) : Integer.parseInt(word);
    }

    /** Quarter {@code q} of {@code year}, where q may run one past either end. */
    private static String quarter(int year, int q) {
        return q < 1 ? (year - 1) + "-Q4" : q > 4 ? (year + 1) + "-Q1" : year + "-Q" + q;
    }

    private String fromLastDate(Matcher anaphor) {
        String unit;
        long offset;
        if (anaphor.group(1) != null) {
            unit = anaphor.group(1);
            offset = 0;
        } else if (anaphor.group(2) != null) {
            unit = anaphor.group(3);
            offset = anaphor.group(2).equals("following") || anaphor.group(2).equals("next") ? 1 : -1;
        } else if (anaphor.group(4) != null) {
            unit = anaphor.group(4);
            offset = anaphor.group(5).equals("after") ? 1 : -1;
        } else {
            unit = anaphor.group(7).replaceAll("s$", "");
            offset = count(anaphor.group(6)) * (anaphor.group(8).matches("later|after") ? 1 : -1);
        }
        Matcher quarter = QUARTER_VALUE.matcher(lastCalendarValue);
        if (quarter.matches() && unit.equals("year") && !quarter.group(1).equals("XXXX")) {
            return (Integer.parseInt(quarter.group(1)) + offset) + "-Q" + quarter.group(2);
        }
        if (unit.equals("quarter")) {
            return quarter.matches() && !quarter.group(1).equals("XXXX")
                    ? quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)) + (int) offset) : null;
        }
        Matcher last = YEAR_MONTH_DAY.matcher(lastCalendarValue);
        if (!last.matches()) {
            return null;
        }
        String granularity = last.group(3) != null ? "day" : last.group(2) != null ? "month" : "year";
        if (UNITS.indexOf(unit) > UNITS.indexOf(granularity) && !(unit.equals("week") && granularity.equals("day"))) {
            return null;
        }
        boolean masked = last.group(1).equals("XXXX");
        LocalDate date = LocalDate.of(masked ? STAND_IN_YEAR : Integer.parseInt(last.group(1)),
                last.group(2) == null ? 1 : Integer.parseInt(last.group(2)), last.group(3) == null ? 1 : Integer.parseInt(last.group(3)));
        return format(date.plus(offset, ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S")), unit, masked);
    }

    /**
     * "Three years ago" is a year, "six weeks ago" a week; a year ago beside a quarter of this sentence or
     * the one before ("up 5% from a year ago") is that quarter a year before.
     */
    private String agoValue(String unitWord, String value, int sentence) {
        String unit = unitWord.replaceAll("s$", "");
        if (unit.equals("year") && lastQuarter != null && sentence - lastQuarterSentence <= 1 && value.matches("\\d{4}.*")) {
            int yearsBack = reference == null ? 1 : reference.getYear() - Integer.parseInt(value.substring(0, 4));
            return (Integer.parseInt(lastQuarter.substring(0, 4)) - yearsBack) + lastQuarter.substring(4);
        }
        if (unit.equals("day") || unit.equals("decade")) {
            return value;
        }
        if (value.startsWith("XXXX-XX-XX")) {
            return unit.equals("year") ? "XXXX" : unit.equals("month") ? "XXXX-XX" : "XXXX-WXX";
        }
        Matcher day = DAY_VALUE.matcher(value);
        if (!day.matches()) {
            return value;
        }
        boolean masked = day.group(1).equals("XXXX");
        LocalDate date = LocalDate.of(masked ? STAND_IN_YEAR : Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                Integer.parseInt(day.group(3)));
        return format(date, unit, masked);
    }

    private static String format(LocalDate date, String unit, boolean masked) {
        String value = switch (unit) {
            case "year" -> String.valueOf(date.getYear());
            case "month" -> date.toString().substring(0, 7);
            case "week" -> isoWeek(date);
            default -> date.toString();
        };
        return masked ? "XXXX" + (unit.equals("week") ? "-WXX" : value.substring(4)) : value;
    }

    private static String isoWeek(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
