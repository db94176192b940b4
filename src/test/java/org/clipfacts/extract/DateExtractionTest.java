package org.clipfacts.extract;

import org.clipfacts.Samples;
import org.clipfacts.model.DateFact;
import org.clipfacts.model.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DateExtractionTest {
    private static String value(Document document, String text) {
        return document.dates().stream().filter(date -> date.text().equals(text)).map(DateFact::value).findFirst()
                .orElseThrow(() -> new AssertionError("no date '" + text + "' in " + document.dates()));
    }

    @Test
    void withoutAYearTheValueKeepsXxxx() {
        Document document = Samples.extracted("000");
        assertEquals("XXXX-06-21", value(document, "June 21"));
        assertEquals("XXXX-07", value(document, "July"));
        assertEquals("XXXX-WXX-2TMO", value(document, "Tuesday morning"));
        assertEquals("XXXX-WXX", value(document, "Last week"));
        assertEquals("P175Y", value(document, "175 years"));
        assertEquals(null, document.article().date());
    }

    @Test
    void theDatelineMonthAnchorsRelativeMonths() {
        Document document = Samples.extracted("001");
        assertEquals("XXXX-07-18", value(document, "July 18"));
        assertEquals("XXXX-06", value(document, "last month"), "last month from a July dateline is June");
        assertEquals("XXXX-07-01", value(document, "July 1st"));
    }

    @Test
    void aReferenceDateResolvesRelativeExpressions() {
        Document document = Samples.extracted("000", LocalDate.of(2022, 6, 21));
        assertEquals("2022-06-21", value(document, "June 21"));
        assertEquals("2022-06-21TMO", value(document, "Tuesday morning"));
        assertEquals("2022-W24", value(document, "Last week"));
        assertEquals("2022-07", value(document, "July"));
        assertEquals("2022-06-21", document.article().date());
    }

    @Test
    void weekdaysWithoutAnyAnchorKeepOnlyTheDayOfTheWeek() {
        Document document = Samples.extracted("003");
        assertEquals("XXXX-WXX-2", value(document, "This Tuesday"));
        assertEquals("XXXX-WXX-7", value(document, "last Sunday"));
    }

    @Test
    void theMachineClockNeverSuppliesAYear() {
        String thisYear = String.valueOf(LocalDate.now().getYear());
        for (String sample : List.of("000", "001", "002", "003", "004")) {
            Samples.extracted(sample).dates().forEach(date -> assertFalse(date.value().contains(thisYear), date.toString()));
        }
    }
}
