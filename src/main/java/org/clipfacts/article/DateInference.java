package org.clipfacts.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's own date where it states none but its text fixes one, and what fixes it. Never a guess
 * and never the machine's clock: each rule needs evidence that leaves one date.
 * <ul>
 * <li>The day: the dateline's month and day, or "today", "yesterday" or "tomorrow" standing next to a
 * written date ("said yesterday, 23 February, that ...": the 24th).</li>
 * <li>The year: written with that date; else written next to the day's month ("in February 2005"); else
 * the one year, of those the text writes and the years either side of them, in which every weekday
 * written with a date falls on that date ("Thursday 24 February") and those dates lie within half a
 * year of the article's day.</li>
 * </ul>
 */
final class DateInference {
    /** A date the text fixes, and the evidence in words, for the document's warnings. */
    record Inferred(LocalDate date, String evidence) {
    }

    private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    private static final String DATE = "(?:(?<month>" + MetadataReader.MONTH + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?"
            + "|(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<monthAfter>" + MetadataReader.MONTH + ")\\.?)";
    private static final Pattern DEICTIC_DATE = Pattern.compile("\\b(?<deictic>today|yesterday|tomorrow)\\s*[,(]\\s*(?:"
            + WEEKDAY + ",?\\s+)?" + DATE + "(?:,?\\s+(?<year>\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
    /** A weekday with a date and no year: "Thursday 24 February", "Thursday, Feb. 24". */
    private static final Pattern WEEKDAY_DATE = Pattern.compile("\\b(?<weekday>" + WEEKDAY + "),?\\s+" + DATE + "\\b(?!,?\\s+\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final int NEAR_DAYS = 183;
    /** A leap year, to count a day from a written date whose year is not known yet. */
    private static final int STAND_IN_YEAR = 2000;

    private DateInference() {
    }

    /** {@code dateline} may be null. */
    static Optional<Inferred> infer(String text, Dateline dateline) {
        Optional<Day> found = day(text, dateline);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Day day = found.get();
        if (day.year() != null) {
            return Optional.of(new Inferred(day.monthDay().atYear(day.year()), day.evidence()));
        }
        Integer withMonth = MetadataReader.yearStatedWithMonth(text, day.monthDay());
        if (withMonth != null) {
            return Optional.of(new Inferred(day.monthDay().atYear(withMonth), day.evidence() + " and the year written with "
                    + day.monthDay().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        }
        return yearOfWeekdays(text, day.monthDay())
                .map(year -> new Inferred(day.monthDay().atYear(year.year()), day.evidence() + " and " + year.evidence()));
    }

    /** The article's month and day, with its year when the same words write it. */
    private record Day(MonthDay monthDay, Integer year, String evidence) {
    }

    private static Optional<Day> day(String text, Dateline dateline) {
        if (dateline != null && dateline.monthDay() != null) {
            return Optional.of(new Day(dateline.monthDay(), null, "the dateline '" + dateline.text().strip() + "'"));
        }
        Matcher deictic = DEICTIC_DATE.matcher(text);
        if (!deictic.find()) {
            return Optional.empty();
        }
        int shift = switch (deictic.group("deictic").toLowerCase(Locale.ROOT)) {
            case "yesterday" -> 1;
            case "tomorrow" -> -1;
            default -> 0;
        };
        Integer writtenYear = deictic.group("year") == null ? null : Integer.valueOf(deictic.group("year"));
        return monthDay(deictic).map(written -> {
            LocalDate articleDay = written.atYear(writtenYear == null ? STAND_IN_YEAR : writtenYear).plusDays(shift);
            return new Day(MonthDay.from(articleDay), writtenYear == null ? null : articleDay.getYear(), "'" + deictic.group().strip() + "'");
        });
    }

    private record WeekdayYear(int year, String evidence) {
    }

    private static Optional<WeekdayYear> yearOfWeekdays(String text, MonthDay day) {
        Set<Integer> candidates = new TreeSet<>();
        Matcher written = WRITTEN_YEAR.matcher(text);
        while (written.find()) {
            int year = Integer.parseInt(written.group());
            candidates.addAll(List.of(year - 1, year, year + 1));
        }
        Set<String> agreeing = new LinkedHashSet<>();
        Matcher weekdayDate = WEEKDAY_DATE.matcher(text);
        while (weekdayDate.find()) {
            Optional<MonthDay> date = monthDay(weekdayDate);
            if (date.isEmpty()) {
                continue;
            }
            DayOfWeek weekday = DayOfWeek.valueOf(weekdayDate.group("weekday").toUpperCase(Locale.ROOT));
            candidates.removeIf(year -> nearest(date.get(), day.atYear(year)).getDayOfWeek() != weekday);
            agreeing.add("'" + weekdayDate.group() + "'");
        }
        if (agreeing.isEmpty() || candidates.size() != 1) {
            return Optional.empty();
        }
        int year = candidates.iterator().next();
        return Optional.of(new WeekdayYear(year, String.join(", ", agreeing) + ", a weekday that agrees only with " + year + " near the years written"));
    }

    /** The occurrence of {@code date} nearest {@code articleDay}: within half a year of it. */
    private static LocalDate nearest(MonthDay date, LocalDate articleDay) {
        LocalDate sameYear = date.atYear(articleDay.getYear());
        long apart = ChronoUnit.DAYS.between(articleDay, sameYear);
        return apart > NEAR_DAYS ? date.atYear(articleDay.getYear() - 1) : apart < -NEAR_DAYS ? date.atYear(articleDay.getYear() + 1) : sameYear;
    }

    private static Optional<MonthDay> monthDay(Matcher date) {
        String month = date.group("month") != null ? date.group("month") : date.group("monthAfter");
        String dayOfMonth = date.group("day") != null ? date.group("day") : date.group("dayFirst");
        return MetadataReader.monthDay(month, dayOfMonth);
    }
}
