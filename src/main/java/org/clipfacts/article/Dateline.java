package org.clipfacts.article;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A dateline such as "Mexico City, June 21 (RHC)--": {@code text} as written, the place, the month and day
 * (null when the dateline gives none) and the year (null when not written).
 */
public record Dateline(String text, String place, MonthDay monthDay, Integer year, String agency, int start, int end) {

    /** The date as a TIMEX value: {@code 2022-06-21}, or {@code XXXX-06-21} without a year; null without a date. */
    public String timexValue() {
        if (monthDay == null) {
            return null;
        }
        String monthAndDay = String.format("%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth());
        return (year == null ? "XXXX" : String.format("%04d", year)) + "-" + monthAndDay;
    }

    public LocalDate fullDate() {
        return monthDay != null && year != null ? monthDay.atYear(year) : null;
    }
}
