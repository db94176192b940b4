package org.clipfacts.article;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The date relative expressions are resolved against: a full date when one is known, else only the
 * dateline's month and day (the year stays unknown, never taken from the clock), else nothing.
 */
public record ReferenceDate(LocalDate date, MonthDay monthDay) {
    public static final ReferenceDate NONE = new ReferenceDate(null, null);

    /**
     * {@code --date} first, then a full date stated in the clipping, then the dateline's month and day with
     * a year the text writes next to that month.
     */
    public static ReferenceDate of(Article article, LocalDate override) {
        if (override != null) {
            return new ReferenceDate(override, MonthDay.from(override));
        }
        Metadata metadata = article.metadata();
        if (metadata.statedDate() != null) {
            return new ReferenceDate(metadata.statedDate(), MonthDay.from(metadata.statedDate()));
        }
        Dateline dateline = metadata.dateline();
        if (dateline == null || dateline.monthDay() == null) {
            return NONE;
        }
        Integer year = MetadataReader.yearStatedWithMonth(article.text(), dateline.monthDay());
        return year == null ? new ReferenceDate(null, dateline.monthDay()) : new ReferenceDate(dateline.monthDay().atYear(year), dateline.monthDay());
    }

    public boolean hasYear() {
        return date != null;
    }
}
