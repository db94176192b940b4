package org.clipfacts.article;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateInferenceTest {
    private final ClippingReader reader = new ClippingReader(ClippingReader.DEFAULT_MAX_CHARS);

    private ReferenceDate reference(String text) throws ClippingException {
        return ReferenceDate.of(reader.read("a", text), null);
    }

    @Test
    void yesterdayBesideAWrittenDateIsTheDayBeforeTheArticle() throws ClippingException {
        ReferenceDate date = reference("Court clears mayor\n\nThe mayor was cleared yesterday, 23 February 2005, by a jury in Leeds.\n");
        assertEquals(LocalDate.of(2005, 2, 24), date.date());
        assertTrue(date.inferredFrom().contains("'yesterday, 23 February 2005'"), date.inferredFrom());
    }

    @Test
    void aWeekdayWrittenWithTheDateFixesTheYearAmongThoseTheTextWrites() throws ClippingException {
        // 24 February was a Thursday in 2005 (and in 2000 and 2011, far from the years written).
        ReferenceDate date = reference("Trial opens\n\nThe trial opened today, Thursday 24 February. The fraud came to light in 2004.\n");
        assertEquals(LocalDate.of(2005, 2, 24), date.date());
        assertTrue(date.inferredFrom().contains("2005"), date.inferredFrom());
    }

    @Test
    void theDatelineDayTakesTheYearItsWeekdaysAgreeWith() throws ClippingException {
        // Jan. 3 was a Monday in 2005; the text writes 2004, so 2003 to 2005 are the years in question.
        ReferenceDate date = reference("LONDON, Jan. 5 (Wire) -- Talks that began on Monday, Jan. 3 went on. Sales fell in 2004.\n");
        assertEquals(LocalDate.of(2005, 1, 5), date.date());
        assertTrue(date.inferredFrom().contains("dateline") && date.inferredFrom().contains("'Monday, Jan. 3'"), date.inferredFrom());
    }

    @Test
    void noWrittenYearLeavesTheYearUnknown() throws ClippingException {
        ReferenceDate date = reference("LONDON, Jan. 5 (Wire) -- Talks that began on Monday, Jan. 3 went on.\n");
        assertNull(date.date(), "without a year written a weekday agrees with a year every few years");
        assertEquals(MonthDay.of(1, 5), date.monthDay());
    }

    @Test
    void weekdaysThatDisagreeInferNothing() throws ClippingException {
        ReferenceDate date = reference("LONDON, Jan. 5 (Wire) -- Talks began on Monday, Jan. 3 and ended on Monday, Jan. 4. Sales fell in 2004.\n");
        assertNull(date.date());
    }

    @Test
    void withoutADayNothingIsInferred() throws ClippingException {
        assertEquals(ReferenceDate.NONE, reference("Trial opens\n\nThe trial opened on Thursday 24 February. The fraud came to light in 2003.\n"));
    }

    @Test
    void aStatedDateIsNotInferred() throws ClippingException {
        ReferenceDate date = reference("Trial opens\nPublished: 2005-03-01\n\nThe trial opened yesterday, 23 February 2005.\n");
        assertEquals(LocalDate.of(2005, 3, 1), date.date());
        assertNull(date.inferredFrom());
    }
}
