package org.clipfacts.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteScannerTest {
    private static List<String> quotes(String text) {
        return QuoteScanner.scan(text).stream().map(span -> text.substring(span.start(), span.end())).toList();
    }

    @Test
    void findsStraightCurlyAndPartialQuotes() {
        assertEquals(List.of("humanitarian", "the best journalist of our time"),
                quotes("He asked the U.S. to be \"humanitarian\" and called him “the best journalist of our time” today."));
    }

    @Test
    void aClosingMarkSetTheWrongWayRoundStillCloses() {
        String text = "“We are willing to offer asylum, that’s our position, “he said. “Next quote,” he added.";
        assertEquals(List.of("We are willing to offer asylum, that’s our position,", "Next quote,"), quotes(text));
    }

    @Test
    void straightMarksAreTurnedTheWayTheirQuoteFacesCharForChar() {
        String text = "Ms Blears said it would give officers \"just that little bit of edge\". \"It works,\" she said.";
        assertEquals("Ms Blears said it would give officers “just that little bit of edge”. “It works,” she said.",
                QuoteScanner.withStraightMarksTurned(text, QuoteScanner.scan(text)));
    }

    @Test
    void doubledMarksAreTurnedIntoOneCurlyMarkAndASpace() {
        String text = "''You hear that a lot,'' said Mr. Kildee. ``This is a complicated world.''";
        assertEquals("“ You hear that a lot,”  said Mr. Kildee. “ This is a complicated world.” ",
                QuoteScanner.withStraightMarksTurned(text, QuoteScanner.scan(text)));
    }

    @Test
    void aQuoteOpenedStraightMayCloseCurly() {
        assertEquals(List.of("I left a letter,"), quotes("He said. \"I left a letter,” Lopez Obrador said."));
    }

    @Test
    void aQuoteLeftOpenEndsWithItsParagraphAndTheNextOneReopens() {
        String text = "“First paragraph of the speech.\n\n“Second paragraph,” she said.";
        assertEquals(List.of("First paragraph of the speech.", "Second paragraph,"), quotes(text));
    }

    @Test
    void aStrayMarkDoesNotInvertTheRestOfTheParagraph() {
        String text = "The mayor\" said it was \"a disgrace\" and \"an insult,\" he said.";
        assertEquals(List.of("a disgrace", "an insult,"), quotes(text));
    }

    @Test
    void aMissingClosingMarkEndsWhereTheNextQuoteOpens() {
        String text = "\"We will win, she said. \"They have no plan,\" she added.";
        assertEquals(List.of("We will win, she said.", "They have no plan,"), quotes(text));
    }

    @Test
    void twoApostrophesAndTwoBackticksAreDoubleMarks() {
        assertEquals(List.of("It is over,", "no doubt"),
                quotes("''It is over,'' Mr. Smith said. It's ``no doubt'' now."));
    }

    @Test
    void attributeValuesOfMarkupAreNoQuotes() {
        assertEquals(List.of("Yes,"), quotes("<tweet author=\"someone\" id=\"123\">\"Yes,\" he wrote.</tweet>"));
    }

    @Test
    void singleQuotesCountInTheHeadlineOnly() {
        String text = "MPs' row over 'police' powers\n\nThe MPs' report said it was 'fine'.";
        assertEquals(List.of("police"), quotes(text));
    }

    @Test
    void aStrayBreakInsideASentenceDoesNotEndTheQuote() {
        String text = "\"did not violate any\n\nhuman rights,” he said.";
        assertEquals(List.of("did not violate any\n\nhuman rights,"), quotes(text));
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        String text = "He said \"this never closes.\n\nNew paragraph with \"a quote\" in it.";
        assertEquals(List.of("this never closes.", "a quote"), quotes(text));
    }
}
