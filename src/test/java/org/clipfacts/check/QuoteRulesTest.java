package org.clipfacts.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code quote.speaker-conflict} and {@code quote.variant}, which share the grouping of similar quotes. */
class QuoteRulesTest {
    private static final QuoteMatching MATCHING = new QuoteMatching(CheckConfig.DEFAULT_QUOTE_SIMILARITY, CheckConfig.DEFAULT_QUOTE_MIN_WORDS);
    private static final String LONG_QUOTE = "We will keep fighting for the freedom of the press until every journalist walks free";

    private static List<Finding> conflicts(Clipping... clippings) {
        return new QuoteSpeakerConflictRule(MATCHING).check(Clipping.corpus(clippings), Severity.ERROR);
    }

    private static List<Finding> variants(Clipping... clippings) {
        return new QuoteVariantRule(MATCHING).check(Clipping.corpus(clippings), Severity.INFO);
    }

    private static Clipping saying(String source, String words, String speaker, String name) {
        Clipping clipping = Clipping.named(source);
        if (speaker != null && !speaker.contains(" ")) {
            clipping.person(speaker, name);
        }
        return clipping.quote(words, speaker, name);
    }

    @Test
    void theSameWordsGivenToTwoPeopleAreAnError() {
        List<Finding> findings = conflicts(saying("a.txt", LONG_QUOTE, "ana-lopez", "Ana López"),
                saying("b.txt", LONG_QUOTE.toUpperCase(), "maria-perez", "María Pérez"));
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("the same quote is attributed to Ana López (1 clipping) and María Pérez (1 clipping): \""
                + LONG_QUOTE.substring(0, 60).stripTrailing() + "…\"", finding.message());
        assertEquals(List.of("Ana López", "María Pérez"), finding.locations().stream().map(Location::detail).toList());
    }

    @Test
    void aQuoteWithoutSpeakerConflictsWithNobody() {
        assertTrue(conflicts(saying("a.txt", LONG_QUOTE, "ana-lopez", "Ana López"), saying("b.txt", LONG_QUOTE, null, null)).isEmpty());
    }

    @Test
    void twoNamesOfOnePersonAreOneSpeaker() {
        assertTrue(conflicts(saying("a.txt", LONG_QUOTE, "biden", "Biden"), saying("b.txt", LONG_QUOTE, "joe-biden", "Joe Biden")).isEmpty());
        assertTrue(conflicts(saying("a.txt", LONG_QUOTE, "joe-bidem", "Joe Bidem"), saying("b.txt", LONG_QUOTE, "joe-biden", "Joe Biden")).isEmpty());
    }

    @Test
    void twoSpeakersInOneClippingAreLeftToTheArticle() {
        assertTrue(conflicts(saying("a.txt", LONG_QUOTE, "ana-lopez", "Ana López").person("maria-perez", "María Pérez")
                .quote(LONG_QUOTE, "maria-perez", "María Pérez")).isEmpty());
    }

    @Test
    void nearIdenticalWordsAGroupOrAShortQuoteAreOneLevelLower() {
        String reworded = "We will go on fighting for the freedom of the press until every journalist walks free";
        assertEquals(Severity.WARNING, conflicts(saying("a.txt", LONG_QUOTE, "ana-lopez", "Ana López"),
                saying("b.txt", reworded, "maria-perez", "María Pérez")).get(0).severity());
        assertEquals(Severity.WARNING, conflicts(saying("a.txt", LONG_QUOTE, "ana-lopez", "Ana López"),
                saying("b.txt", LONG_QUOTE, "Reporters Without Borders", "Reporters Without Borders")).get(0).severity());
        assertEquals(Severity.WARNING, conflicts(saying("a.txt", "freedom of the press matters", "ana-lopez", "Ana López"),
                saying("b.txt", "freedom of the press matters", "maria-perez", "María Pérez")).get(0).severity());
    }

    @Test
    void differentQuotesOfTwoSpeakersDoNotConflict() {
        assertTrue(conflicts(saying("a.txt", LONG_QUOTE, "ana-lopez", "Ana López"),
                saying("b.txt", "The press must be free to report on the war without fear of prison", "maria-perez", "María Pérez")).isEmpty());
    }

    @Test
    void aQuoteWordedThreeWaysInThreeClippingsIsOneVariantFindingWithEveryWording() {
        List<Finding> findings = variants(
                saying("a.txt", "Assange is ill and it would be a sign of solidarity, of fraternity, to allow him to receive asylum", "amlo", "AMLO"),
                saying("b.txt", "He is sick and it would be a sign of solidarity, of brotherhood, to allow him to receive asylum in the country that Assange decided to live in, including Mexico", "amlo", "AMLO"),
                saying("c.txt", "We believe that the United States government should act with humanism, Assange is ill and it would be a show of solidarity, of fraternity to allow him to receive asylum in the country that Assange decided to live, including Mexico", "amlo", "AMLO"),
                saying("d.txt", "The weather in the capital will stay dry and warm for the rest of the week", "amlo", "AMLO"));
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.INFO, finding.severity());
        assertTrue(finding.message().startsWith("quote by AMLO worded 3 ways in 3 clippings: \"Assange is ill"), finding.message());
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), finding.locations().stream().map(Location::file).toList());
    }

    @Test
    void aFragmentOfALongerQuoteIsAVariantOfIt() {
        List<Finding> findings = variants(saying("a.txt", "Mexico opens its doors", "amlo", "AMLO"),
                saying("b.txt", "Mexico opens the doors to Assange", null, null));
        assertEquals(1, findings.size());
        assertEquals(List.of("AMLO", "speaker unknown"), findings.get(0).locations().stream().map(Location::detail).toList());
    }

    @Test
    void punctuationAloneIsReportedAsSuch() {
        List<Finding> findings = variants(saying("a.txt", "the best journalist of our time in the world.", "amlo", "AMLO"),
                saying("b.txt", "the best journalist of our time, in the world.", "amlo", "AMLO"));
        assertEquals("quote by AMLO punctuated 2 ways in 2 clippings: \"the best journalist of our time in the world\"",
                findings.get(0).message());
    }

    @Test
    void quietForTheSameWordsEverywhereForShortPhrasesAndForCommonWordsScattered() {
        assertTrue(variants(saying("a.txt", LONG_QUOTE, "amlo", "AMLO"), saying("b.txt", LONG_QUOTE + ".", "amlo", "AMLO")).isEmpty());
        assertTrue(variants(saying("a.txt", "humanitarian", "amlo", "AMLO"), saying("b.txt", "humanitarian attitude", "amlo", "AMLO")).isEmpty());
        assertTrue(variants(saying("a.txt", "it is a sad day for us", "amlo", "AMLO"),
                saying("b.txt", "Today we remember the day our sad country lost its freedom to the old regime", "amlo", "AMLO")).isEmpty());
    }

    @Test
    void theSimilarityThresholdIsConfigurable() {
        Clipping a = saying("a.txt", LONG_QUOTE, "amlo", "AMLO");
        Clipping b = saying("b.txt", "We will go on fighting for the freedom of the press until every journalist walks free", "amlo", "AMLO");
        assertEquals(1, new QuoteVariantRule(new QuoteMatching(0.8, 4)).check(Clipping.corpus(a, b), Severity.INFO).size());
        assertTrue(new QuoteVariantRule(new QuoteMatching(0.99, 4)).check(Clipping.corpus(a, b), Severity.INFO).isEmpty());
    }
}
