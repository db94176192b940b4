package org.clipfacts.check;

import org.clipfacts.model.Document;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteClustersTest {
    private static final QuoteMatching MATCHING = new QuoteMatching(CheckConfig.DEFAULT_QUOTE_SIMILARITY, CheckConfig.DEFAULT_QUOTE_MIN_WORDS);

    @Test
    void normalizationFoldsAccentsCasePunctuationAndSpaces() {
        assertEquals("mexico abre sus puertas a assange", QuoteText.normalize("  «México ABRE sus   puertas» — a Assange! "));
        assertEquals("trumps administration", QuoteText.normalize("Trump’s administration"));
        assertEquals(List.of("mexico", "open", "door", "assange"), new QuoteText("Mexico opens the doors to Assange").contentWords());
    }

    @Test
    void similarityIsOneForAFragmentAndLowForCommonWordsScattered() {
        assertEquals(1.0, QuoteText.similarity(new QuoteText("Mexico opens its doors"), new QuoteText("Mexico opens the doors to Assange")));
        assertTrue(QuoteText.similarity(new QuoteText("a sad day for the press in our country"),
                new QuoteText("our country has had a day of joy; the press was sad yesterday")) < MATCHING.similarity());
    }

    /**
     * Planted variants of each story's quotes are found, and the pairs compared are a tiny share of all
     * pairs: the grouping does not compare every quote with every other.
     */
    @Test
    void findsThePlantedVariantsOfAGeneratedCorpusWithoutComparingAllPairs() {
        int clippings = 4000;
        List<Document> documents = GeneratedCorpus.documents(clippings, 7);
        QuoteClusters clusters = QuoteClusters.of(documents, MATCHING);
        long wordings = clusters.wordings().size();
        assertTrue(clusters.comparisons() < wordings * (wordings - 1) / 2 / 1000,
                clusters.comparisons() + " comparisons for " + wordings + " wordings");
        Set<String> clusteredSpeakers = new HashSet<>();
        int mixed = 0;
        for (List<Integer> cluster : clusters.clusters()) {
            Set<String> speakers = new HashSet<>();
            cluster.forEach(member -> clusters.wordings().get(member).occurrences().forEach(occurrence -> {
                if (occurrence.quote().speaker() != null && !occurrence.quote().speaker().equals("someone-else")) {
                    speakers.add(occurrence.quote().speaker());
                }
            }));
            clusteredSpeakers.addAll(speakers);
            mixed += speakers.size() > 1 ? 1 : 0;
        }
        assertTrue(mixed < clusters.clusters().size() / 50, mixed + " of " + clusters.clusters().size() + " clusters join two stories");
        assertTrue(clusters.clusters().size() > clippings / 5, clusters.clusters().size() + " clusters for " + clippings / 5 + " stories");
    }
}
