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
    void aQuoteOpenedStraightMayCloseCurly() {
        assertEquals(List.of("I left a letter,"), quotes("He said. \"I left a letter,” Lopez Obrador said."));
    }

    @Test
    void aQuoteRunsOverParagraphsThatReopenIt() {
        String text = "“First paragraph of the speech.\n\n“Second paragraph,” she said.";
        assertEquals(List.of("First paragraph of the speech.\n\n“Second paragraph,"), quotes(text));
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
