package org.clipfacts.article;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing of everything that reads raw clipping text before NLP: decoding, boilerplate, metadata, dateline,
 * quote marks. In the normal test run the inputs under ClippingFuzzTestInputs are replayed (each crash found
 * becomes one); with JAZZER_FUZZ=1 Jazzer generates new ones for maxDuration (see README, "Fuzzing").
 */
class ClippingFuzzTest {
    private final ClippingReader reader = new ClippingReader(100_000);

    @FuzzTest(maxDuration = "30s")
    void readsAnyClipping(byte[] bytes) {
        if (bytes == null) {
            return;
        }
        Article article;
        try {
            article = reader.read("fuzz", bytes);
        } catch (ClippingException refused) {
            return;
        }
        assertEquals(article.content().length(), article.text().length(), "cleaning keeps offsets");
        Metadata metadata = article.metadata();
        if (metadata.dateline() != null) {
            Dateline dateline = metadata.dateline();
            assertEquals(dateline.text(), article.content().substring(dateline.start(), dateline.end()));
        }
        ReferenceDate.of(article, null);
        assertQuotesWellFormed(article.text(), QuoteScanner.scan(article.text()));
        int length = article.content().codePointCount(0, article.content().length());
        assertEquals(length, article.codePoint(article.content().length()));
    }

    @FuzzTest(maxDuration = "30s")
    void scansAnyText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        assertQuotesWellFormed(text, QuoteScanner.scan(text));
    }

    private static void assertQuotesWellFormed(String text, List<QuoteSpan> quotes) {
        int previousClose = -1;
        for (QuoteSpan quote : quotes) {
            assertTrue(previousClose < quote.open(), "quotes are ordered and apart");
            assertTrue(quote.open() < quote.start() && quote.start() < quote.end() && quote.end() <= quote.close()
                    && quote.close() <= text.length(), quote.toString());
            assertTrue(QuoteScanner.isMark(text.charAt(quote.open())), "a quote opens on a mark");
            assertTrue(!Character.isWhitespace(text.charAt(quote.start())) && !Character.isWhitespace(text.charAt(quote.end() - 1)));
            previousClose = quote.close();
        }
    }
}
