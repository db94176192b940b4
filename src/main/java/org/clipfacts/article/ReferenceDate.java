package org.clipfacts.article;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The date relative expressions are resolved against: a full date when one is known, else only the
 * dateline's month and day (the year stays unknown, never taken from the clock), else nothing.
 * {@code inferredFrom} says what in the text fixed a date the clipping does not state, or is null.
 */
public record ReferenceDate(LocalDate date, MonthDay monthDay, String inferredFrom) {
    public static final ReferenceDate NONE = new ReferenceDate(null, null, null);

    /**
     * {@code --date} first, then a full date stated in the clipping, then one its text fixes (see
     * {@link DateInference}), then the dateline's month and day alone.
     */
    public static ReferenceDate of(Article article, LocalDate override) {
        if (override != null) {
            return new ReferenceDate(override, MonthDay.from(override), null);
        }
        Metadata metadata = article.metadata();
        if (metadata.statedDate() != null) {
            return new ReferenceDate(metadata.statedDate(), MonthDay.from(metadata.statedDate()), null);
        }
        Dateline dateline = metadata.dateline();
        Optional<DateInference.Inferred> inferred = DateInference.infer(article.text(), dateline);
        if (inferred.isPresent()) {
            LocalDate date = inferred.get().date();
            return new ReferenceDate(date, MonthDay.from(date), inferred.get().evidence());
        }
        return dateline == null || dateline.monthDay() == null ? NONE : new ReferenceDate(null, dateline.monthDay(), null);
    }

    public boolean hasYear() {
        return date != null;
    }
}
