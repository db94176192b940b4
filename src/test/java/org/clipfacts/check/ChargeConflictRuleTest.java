package org.clipfacts.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChargeConflictRuleTest {
    private static final String CRIMINAL = "criminal charges";

    private static List<Finding> check(Clipping... clippings) {
        return new ChargeConflictRule().check(Clipping.corpus(clippings), Severity.ERROR);
    }

    private static Clipping charged(String source, String words, String charge, Integer count) {
        return Clipping.named(source).charge(words, "julian-assange", charge, count, null);
    }

    @Test
    void twoExactTotalsAreAnError() {
        List<Finding> findings = check(charged("a.txt", "faces 18 criminal charges", CRIMINAL, 18),
                charged("b.txt", "18 counts, including a spying charge", CRIMINAL, 18), charged("c.txt", "17 charges", CRIMINAL, 17));
        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("julian-assange faces different numbers of charges: 18 in 2 clippings, 17 in 1 clipping", findings.get(0).message());
        assertEquals(List.of("count 18", "count 18", "count 17"), findings.get(0).locations().stream().map(Location::detail).toList());
    }

    @Test
    void anApproximateCountIsAWarningAndACountOfCrimesForAnActIsATotal() {
        List<Finding> findings = check(charged("a.txt", "is facing 18 criminal charges", CRIMINAL, 18),
                charged("b.txt", "accused by the United States of a score of crimes for leaking information", "leaking information", 20));
        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("julian-assange faces different numbers of charges: 18 in 1 clipping, 20 in 1 clipping (approximate: \"a score\")",
                findings.get(0).message());
    }

    @Test
    void clippingsDatedDifferentlyAreAWarning() {
        List<Finding> findings = check(charged("a.txt", "18 criminal charges", CRIMINAL, 18).metadata("T", "u", "2019-05-23"),
                charged("b.txt", "17 criminal charges", CRIMINAL, 17).metadata("T", "u", "2019-05-24"));
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void chargesOfDifferentKindsDoNotConflict() {
        assertTrue(check(charged("a.txt", "18 criminal charges", CRIMINAL, 18), charged("b.txt", "17 counts of espionage", "espionage", 17),
                charged("c.txt", "one espionage charge", "espionage", null)).isEmpty());
    }

    @Test
    void countsOfOneNamedCrimeConflict() {
        List<Finding> findings = check(charged("a.txt", "17 counts of espionage", "espionage", 17),
                charged("b.txt", "16 espionage charges", "espionage", 16));
        assertEquals("julian-assange faces different numbers of counts of espionage: 17 in 1 clipping, 16 in 1 clipping",
                findings.get(0).message());
    }

    @Test
    void quietForOneClippingOrUnknownDefendantsOrMissingCounts() {
        assertTrue(check(charged("a.txt", "18 criminal charges", CRIMINAL, 18).charge("17 charges", "julian-assange", CRIMINAL, 17, null)).isEmpty());
        assertTrue(check(Clipping.named("a.txt").charge("18 charges", null, CRIMINAL, 18, null),
                Clipping.named("b.txt").charge("17 charges", null, CRIMINAL, 17, null)).isEmpty());
        assertTrue(check(charged("a.txt", "18 criminal charges", CRIMINAL, 18), charged("b.txt", "charges", CRIMINAL, null)).isEmpty());
    }

    @Test
    void differentSentencesAreOneLevelLowerAndTheSameNumberWordedTwoWaysIsNone() {
        List<Finding> findings = check(Clipping.named("a.txt").charge("charges", "julian-assange", CRIMINAL, null, "175 years in prison"),
                Clipping.named("b.txt").charge("charges", "julian-assange", CRIMINAL, null, "up to 175 years behind bars"),
                Clipping.named("c.txt").charge("charges", "julian-assange", CRIMINAL, null, "life in prison"));
        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("julian-assange faces different sentences: \"175 years in prison\" in 2 clippings, \"life in prison\" in 1 clipping",
                findings.get(0).message());
    }

    @Test
    void aConvictionOnSomeCountsIsNoOtherCountOfTheCharges() {
        assertTrue(check(Clipping.named("a.txt").charge("charged with 12 counts of fraud", "ann-lee", "fraud", 12, null, "charged"),
                Clipping.named("b.txt").charge("convicted on three counts of fraud", "ann-lee", "fraud", 3, null, "convicted"),
                Clipping.named("c.txt").charge("pleaded guilty to two counts of fraud", "ann-lee", "fraud", 2, null, "pleaded guilty"))
                .isEmpty());
        List<Finding> findings = check(Clipping.named("a.txt").charge("charged with 12 counts of fraud", "ann-lee", "fraud", 12, null, "charged"),
                Clipping.named("b.txt").charge("accused of 11 counts of fraud", "ann-lee", "fraud", 11, null, "accused"));
        assertEquals(1, findings.size(), "charged and accused are one stage of the case");
    }
}
