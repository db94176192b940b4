package org.clipfacts.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonSpellingRuleTest {
    private static List<Finding> check(Clipping... clippings) {
        return new PersonSpellingRule().check(Clipping.corpus(clippings), Severity.WARNING);
    }

    @Test
    void twoIdsATypoApartAreOnePersonSplit() {
        List<Finding> findings = check(Clipping.named("a.txt").person("julian-assange", "Julian Assange"),
                Clipping.named("b.txt").person("julian-asange", "Julian Asange", "Asange"));
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("julian-asange (1 clipping) and julian-assange (1 clipping) are near-identical: likely one person split in two",
                finding.message());
        assertEquals(List.of("a.txt", "b.txt"), finding.locations().stream().map(Location::file).sorted().toList());
    }

    @Test
    void twoIdsInOneClippingAreTwoPeople() {
        assertTrue(check(Clipping.named("a.txt").person("julian-assange", "Julian Assange").person("julian-asange", "Julian Asange"),
                Clipping.named("b.txt").person("julian-asange", "Julian Asange")).isEmpty());
    }

    @Test
    void shortNamesOneLetterApartAreDifferentNames() {
        assertTrue(check(Clipping.named("a.txt").person("li-na", "Li Na"), Clipping.named("b.txt").person("li-ne", "Li Ne")).isEmpty());
    }

    @Test
    void theSurnameAloneMayBeTheOnePersonOfThatSurnameOneLevelLower() {
        List<Finding> findings = check(Clipping.named("a.txt").person("biden", "Biden"),
                Clipping.named("b.txt").person("joe-biden", "Joe Biden", "Biden"));
        assertEquals(1, findings.size());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertTrue(findings.get(0).message().startsWith("biden (1 clipping) and joe-biden (1 clipping) may be one person"));
    }

    @Test
    void theSurnameAloneIsNotMatchedWhenTwoFullNamesEndInIt() {
        assertTrue(check(Clipping.named("a.txt").person("biden", "Biden"), Clipping.named("b.txt").person("joe-biden", "Joe Biden"),
                Clipping.named("c.txt").person("hunter-biden", "Hunter Biden")).isEmpty());
    }

    @Test
    void accentsAndCaseAreNoSpellingDifference() {
        assertTrue(check(Clipping.named("a.txt").person("andres-manuel-lopez-obrador", "Andrés Manuel López Obrador", "López Obrador", "AMLO"),
                Clipping.named("b.txt").person("andres-manuel-lopez-obrador", "ANDRES MANUEL LOPEZ OBRADOR", "Lopez Obrador")).isEmpty());
    }

    @Test
    void oneIdWrittenWithOtherPunctuationIsReportedOneLevelLower() {
        List<Finding> findings = check(Clipping.named("a.txt").person("sean-obrien", "Sean O'Brien"),
                Clipping.named("b.txt").person("sean-obrien", "Sean OBrien"));
        assertEquals(1, findings.size());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertEquals("sean-obrien is written 2 ways: 'Sean O'Brien' (1 clipping), 'Sean OBrien' (1 clipping)", findings.get(0).message());
    }

    @Test
    void aMentionATypoAwayFromTheNameIsASpellingOfItsOwn() {
        List<Finding> findings = check(Clipping.named("a.txt").person("julian-assange", "Julian Assange", "Assagne", "Mr Assange"));
        assertEquals(1, findings.size());
        assertEquals("julian-assange is spelled both 'assagne' and 'assange' (1 mention)", findings.get(0).message());
        assertEquals("Assagne", findings.get(0).locations().get(0).text());
    }
}
