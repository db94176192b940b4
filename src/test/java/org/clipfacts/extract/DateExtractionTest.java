package org.clipfacts.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.clipfacts.Samples;
import org.clipfacts.model.DateFact;
import org.clipfacts.model.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateExtractionTest {
    private static String value(Document document, String text) {
        return document.dates().stream().filter(date -> date.text().equals(text)).map(DateFact::value).findFirst()
                .orElseThrow(() -> new AssertionError("no date '" + text + "' in " + document.dates()));
    }

    /** A story of one paragraph, {@code text}, published on {@code date}. */
    private static Document published(String date, String text) {
        return Samples.extract("Story\nPublished: " + date + "\n\n" + text + "\n");
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
    void aDateTheTextFixesResolvesTheArticleAndIsWarnedAbout() {
        Document document = Samples.extract("LONDON, Jan. 5 (Wire) -- The talks that began on Monday, Jan. 3 went on. "
                + "Profit rose in 2004, but sales fell last month, the company said, and will recover in June.\n");
        assertEquals("2005-01-05", document.article().date());
        assertTrue(document.warnings().stream().anyMatch(warning -> warning.startsWith("no date stated: article.date 2005-01-05 inferred from")),
                document.warnings().toString());
        assertEquals("2004-12", value(document, "last month"));
        assertEquals("2005-06", value(document, "June"));
    }

    @Test
    void quartersAndWeekdaysAreResolvedAsTheStoryReportsThem() {
        Document document = Samples.extract("Results\nPublished: 2005-10-20\n\n"
                + "The company said profit rose in the third quarter. Sales for the quarter rose 5%, against 3% a year earlier. "
                + "A year earlier, costs had risen. The board meets on Monday. It met on Tuesday.\n");
        assertEquals("2005-Q3", value(document, "the third quarter"));
        assertEquals("2005-Q3", value(document, "the quarter"));
        assertEquals("2004-Q3", value(document, "a year earlier"));
        assertEquals("2004-Q3", value(document, "A year earlier"), "a year earlier is the period compared, not a new anchor");
        assertEquals("2005-10-24", value(document, "Monday"), "the simple present of a weekday looks forward");
        assertEquals("2005-10-18", value(document, "Tuesday"));
    }

    @Test
    void halvesAreCountedAsTimeMlWritesThem() {
        Document document = published("1998-08-21",
                "The talks lasted 2 1/2 years. The flight took 5 1/2 hours. The storm passed in a minute and a half.");
        assertEquals("P2Y6M", value(document, "2 1/2 years"));
        assertEquals("PT5H30M", value(document, "5 1/2 hours"));
        assertEquals("PT1M30S", value(document, "a minute and a half"));
        assertEquals("P2W", value(published("1998-08-21", "Two more weeks of talks lie ahead."), "Two more weeks"));
    }

    @Test
    void theEndOfAYearIsThatYear() {
        Document document = published("1989-10-20",
                "The company expects to finish the sale by year-end. Its debt had risen at the end of the year. Sales will rise by year's end.");
        assertEquals("1989", value(document, "year-end"));
        assertEquals("1988", document.dates().get(1).value(), "a past clause: last year's end");
        assertEquals("1989", document.dates().get(2).value());
    }

    @Test
    void aNamedDayTakesTheYearItsClausePointsTo() {
        Document document = published("2000-01-07", "The boy has lived with relatives since Thanksgiving. They will meet again on Christmas Day.");
        assertEquals("1999-11-25", value(document, "Thanksgiving"), "Thanksgiving 1999 was the fourth Thursday of November");
        assertEquals("2000-12-25", value(document, "Christmas Day"));
    }

    @Test
    void unresolvedCompositionsTakeTheValueTheirPartsDecide() {
        Document document = published("1998-08-21",
                "He was last seen Nov. 3, the day before the warrant was issued. The hearing is set for the week of March 6. "
                + "Sales fell in at least the first two quarters of 1997.");
        assertEquals("1997-11-03", document.dates().get(0).value(), "a past clause: the last Nov. 3");
        assertEquals("1998-W10", value(document, "the week of March 6"));
        assertEquals("1997-H1", document.dates().get(2).value());
        assertEquals("1989", DateResolver.composed("this year", "1989 INTERSECT P1Y"));
        assertEquals("P9M", DateResolver.composed("the first nine months of 1997", "1997 INTERSECT P9M"));
        assertEquals("PT4H", DateResolver.composed("more than four hours", "1998-02-27-WXX-5 INTERSECT >PT4H"));
        assertEquals("1999-10-07TMO", DateResolver.composed("thursday morning", "1999-10-07-WXX-4TMO INTERSECT PTXH"));
    }

    @Test
    void weekdaysWithoutAnyAnchorKeepOnlyTheDayOfTheWeek() {
        Document document = Samples.extracted("003");
        assertEquals("XXXX-WXX-2", value(document, "This Tuesday"));
        assertEquals("XXXX-WXX-7", value(document, "last Sunday"));
    }

    @Test
    void onlySentencesWithADigitOrAWordSuTimeBuildsOnAreSearched() {
        assertTrue(DateExtractor.mayHoldTime(sentence("The", "three-year-old", "won", ".")));
        assertTrue(DateExtractor.mayHoldTime(sentence("They", "met", "on", "Christmas", "Eve", ".")));
        assertTrue(DateExtractor.mayHoldTime(sentence("Sales", "rose", "by", "12", "%", ".")));
        assertTrue(DateExtractor.mayHoldTime(sentence("He", "is", "CURRENTLY", "abroad", ".")));
        assertFalse(DateExtractor.mayHoldTime(sentence("He", "denied", "the", "charges", "against", "him", ".")));
    }

    @Test
    void wordsSuTimeBuildsOnStillGiveTheirDates() {
        Document document = Samples.extract("The three-year project was founded at noon on Christmas Eve. "
                + "It grew fast.\n\nThe fund closed a fortnight later.");
        assertEquals(List.of("three-year", "noon on Christmas Eve", "a fortnight later"),
                document.dates().stream().map(DateFact::text).toList());
    }

    @Test
    void agesOrdinalsVerbsNamesAndFillersAreNotDates() {
        Document document = Samples.extract("Published: 2021-03-10\n\nThe 64-year-old banker, aged 42 at the time of the fraud, "
                + "faces a second trial on Monday. Shares fall when Mrs May speaks, and the SEC once said so.");
        assertEquals(List.of("Monday"), document.dates().stream().map(DateFact::text).toList());
        assertEquals("2021-03-10", document.article().date(), "the Published line is the article's date, not one of its dates");
    }

    @Test
    void theTenseOfTheClauseChoosesThePastOrTheNextOccurrence() {
        Document document = Samples.extract("Published: 2021-03-10\n\nHe was charged in June. She will meet the minister in June. "
                + "The court met on Monday. The court will sit again on Friday. The deal is expected to close Nov. 20.");
        assertEquals(List.of("2020-06", "2021-06", "2021-03-08", "2021-03-12", "2021-11-20"),
                document.dates().stream().map(DateFact::value).toList());
    }

    @Test
    void aPastPerfectPutsADeadlineBehindAndWouldLooksAhead() {
        // 1989-10-30 was a Monday.
        Document document = published("1989-10-30", "The bid had been due to expire Friday evening. The offer previously had been "
                + "scheduled to expire at midnight Friday. Until Thursday, the police had not called him a suspect. "
                + "His lawyer said he would be traveling to Boston Thursday. He and his brother meet the judge Wednesday.");
        assertEquals("1989-10-27TEV", value(document, "Friday evening"));
        assertEquals("1989-10-27T24:00", value(document, "midnight Friday"), "midnight is the end of the past Friday");
        assertEquals("1989-10-26", document.dates().get(2).value(), "until Thursday, with a past perfect: the last Thursday");
        assertEquals("1989-11-02", document.dates().get(3).value(), "would: the next Thursday");
        assertEquals("1989-11-01", value(document, "Wednesday"), "a present the tagger reads as a base form still looks ahead");
    }

    @Test
    void aYearAgoPeriodSplitAtItsHyphenIsOneExpression() {
        Document document = published("1989-11-02", "The company lost $8 million in the third quarter, compared with a year-earlier "
                + "loss of $26,956. In the year-ago third quarter its parent earned $22.5 million.");
        assertEquals(List.of("the third quarter", "a year-earlier", "the year-ago third quarter"),
                document.dates().stream().map(DateFact::text).toList());
        assertEquals("1988-Q3", value(document, "the year-ago third quarter"));
        assertEquals("1988-Q3", value(document, "a year-earlier"), "the quarter reported, a year before");
    }

    @Test
    void theYearsPeriodIsTheQuarterTheStoryReportsUnlessMonthsAreCounted() {
        Document document = published("1989-11-01", "Profit rose 20% in the third quarter. After a flat second quarter, the company "
                + "cut costs. Interest expense was lower in the 1989 period. In the first nine months, net was $306 million, "
                + "compared with $195 million in the 1988 period.");
        assertEquals("1989-Q2", value(document, "flat second quarter"));
        assertEquals("1989-Q3", value(document, "the 1989 period"), "the quarter reported, the first the story names");
        assertEquals("1988", value(document, "the 1988 period"), "beside the nine months counted, that year's nine months");
    }

    @Test
    void thePeriodLastYearIsTheQuarterComparedEvenAfterTheDayItEnded() {
        Document document = published("1989-11-01", "The company lost $8.1 million for the fiscal first quarter ended Sept. 30, "
                + "against a loss of $2.3 million a year ago. Its unit earned $1.8 million in the corresponding period last year.");
        assertEquals("1988-Q1", value(document, "a year ago"), "the quarter named before Sept. 30, a year before");
        assertEquals("1988-Q1", value(document, "the corresponding period last year"));
    }

    @Test
    void thePastYearIsTheOneBeforeAndTheWeekIsLeftOpen() {
        Document document = published("1998-03-03", "Hate groups grew sharply over the past year. Shares fell 4% for the week.");
        assertEquals("1997", value(document, "the past year"));
        assertEquals("1998-WXX", value(document, "the week"), "which week the text does not say");
    }

    @Test
    void aClockTimeIsOnTheDayItsSentenceNames() {
        // 1998-08-08 was a Saturday.
        Document document = published("1998-08-08", "The blast occurred at about 10:35 a.m. (0735 GMT) Friday. "
                + "He must stay at home between 2200 and 0700.");
        assertEquals("1998-08-07T10:35", document.dates().get(0).value());
        assertEquals("1998-08-07", value(document, "Friday"));
        assertEquals("XXXX-XX-XXT22:00", value(document, "2200"), "a time beside 0700, not the year 2200");
        assertEquals("XXXX-XX-XXT07:00", value(document, "0700"));
    }

    @Test
    void countsSuTimeGivesNoTimexValueAreDurations() {
        Document document = published("2005-02-10", "Profit rose in the last three months of 2004. Prices will stay high over the next "
                + "several days, and shipments resume within two to three weeks. He spent five months in jail.");
        assertEquals("2004-Q4", value(document, "the last three months of 2004"));
        assertEquals("PXD", value(document, "the next several days"));
        assertEquals("PXW", value(document, "two to three weeks"), "a range leaves the count open");
        assertEquals("P5M", value(document, "five months"));
    }

    @Test
    void anInfinitiveHasNoTenseOfItsOwn() {
        Document document = published("1989-10-31", "They said they expect the transaction to be completed by Dec. 15.");
        assertEquals("1989-12-15", value(document, "Dec. 15"));
    }

    @Test
    void aCountOfHoursOrAFewDaysFromAnAnchorIsADuration() {
        Document document = published("1998-10-25", "He was shot on Friday. An hour later, he was declared dead. A few days later, "
                + "the police named a suspect.");
        assertEquals("PT1H", value(document, "An hour later"));
        assertEquals("PXD", value(document, "A few days later"));
    }

    @Test
    void anaphoricDatesCountFromTheLastDateMentioned() {
        Document document = Samples.extract("Published: 2021-03-10\n\nThe money arrived on 14 December. Only half of it "
                + "was there that day, and the rest came the following day. Three years ago the bank had been fined.");
        assertEquals("2020-12-14", value(document, "14 December"));
        assertEquals("2020-12-14", value(document, "that day"));
        assertEquals("2020-12-15", value(document, "the following day"));
        assertEquals("2018", value(document, "Three years ago"));
    }

    @Test
    void atTheMomentIsNowButAtTheTimeIsNot() {
        Document document = Samples.extract("Nothing is decided at the moment, as nothing was at the time of the vote.");
        assertEquals(List.of("the moment"), document.dates().stream().map(DateFact::text).toList());
        assertEquals("PRESENT_REF", value(document, "the moment"));
    }

    @Test
    void withoutAYearTheMonthAnExpressionNamesStays() {
        Document document = Samples.extract("The firm was fined in March last year, and the weekend after that it closed.");
        assertEquals("XXXX-03", value(document, "March last year"));
    }

    private static CoreMap sentence(String... words) {
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, Arrays.stream(words).map(word -> {
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            return token;
        }).toList());
        return sentence;
    }

    @Test
    void theMachineClockNeverSuppliesAYear() {
        String thisYear = String.valueOf(LocalDate.now().getYear());
        for (String sample : List.of("000", "001", "002", "003", "004")) {
            Samples.extracted(sample).dates().forEach(date -> assertFalse(date.value().contains(thisYear), date.toString()));
        }
    }
}
