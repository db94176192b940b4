package org.clipfacts.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataRuleTest {
    private static final MetadataRule DEFAULT_FIELDS = new MetadataRule(CheckConfig.DEFAULT_REQUIRED_METADATA);

    @Test
    void namesEveryMissingFieldOfAClippingInOneFinding() {
        CheckedCorpus corpus = Clipping.corpus(Clipping.named("a.txt").metadata(null, " ", null));
        List<Finding> findings = DEFAULT_FIELDS.check(corpus, Severity.WARNING);
        assertEquals(1, findings.size());
        assertEquals("no title, no URL, no date", findings.get(0).message());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(List.of(Location.ofFile("a.txt")), findings.get(0).locations());
    }

    @Test
    void aDatelineWithoutAYearIsNoResolvableDateAndTheMessageSaysWhatItGives() {
        CheckedCorpus corpus = Clipping.corpus(Clipping.named("a.txt").metadata("Title", "https://x.org", null).dateline("Mexico City, June 21 --", "XXXX-06-21"));
        List<Finding> findings = DEFAULT_FIELDS.check(corpus, Severity.WARNING);
        assertEquals("no full date (the dateline gives XXXX-06-21, without a year)", findings.get(0).message());
    }

    @Test
    void quietWhenEveryRequiredFieldIsThere() {
        CheckedCorpus corpus = Clipping.corpus(Clipping.named("a.txt"), Clipping.named("b.txt").metadata("Title", "https://x.org", "2020-01-01"));
        assertTrue(DEFAULT_FIELDS.check(corpus, Severity.WARNING).isEmpty());
    }

    @Test
    void onlyTheConfiguredFieldsAreRequired() {
        CheckedCorpus corpus = Clipping.corpus(Clipping.named("a.txt").metadata(null, "https://x.org", null));
        assertTrue(new MetadataRule(List.of("url")).check(corpus, Severity.WARNING).isEmpty());
        assertEquals("no dateline", new MetadataRule(List.of("url", "dateline")).check(corpus, Severity.WARNING).get(0).message());
    }
}
