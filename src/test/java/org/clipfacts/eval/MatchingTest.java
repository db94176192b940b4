package org.clipfacts.eval;

import org.clipfacts.model.FactKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.clipfacts.eval.Fixtures.charge;
import static org.clipfacts.eval.Fixtures.date;
import static org.clipfacts.eval.Fixtures.goldCharge;
import static org.clipfacts.eval.Fixtures.goldDate;
import static org.clipfacts.eval.Fixtures.goldPerson;
import static org.clipfacts.eval.Fixtures.goldQuote;
import static org.clipfacts.eval.Fixtures.person;
import static org.clipfacts.eval.Fixtures.quote;
import static org.clipfacts.eval.Fixtures.unresolvedQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchingTest {
    private static final DateRules ANCHOR_FREE = new DateRules(false);

    @Test
    void overlappingSpansMatchAndDisjointOnesDoNot() {
        var comparison = Comparison.of(
                List.of(goldDate("2022-06", "XXXX-06", 10, 20), goldDate("2022-07", "XXXX-07", 30, 34)),
                List.of(date("XXXX-06", 15, 25), date("XXXX-07", 34, 40)), ANCHOR_FREE);

        assertEquals(Tally.of(2, 2, 1, 1), comparison.tally());
        assertEquals(30, comparison.missed().get(0).span().start());
        assertEquals(34, comparison.falseFinds().get(0).start());
    }

    @Test
    void matchingIsOneToOneWithTheLargestOverlapFirst() {
        var comparison = Comparison.of(List.of(goldDate("P3Y", "P3Y", 10, 20)),
                List.of(date("P1Y", 5, 12), date("P3Y", 11, 20)), ANCHOR_FREE);

        assertEquals(Tally.of(1, 2, 1, 1), comparison.tally());
        assertEquals(5, comparison.falseFinds().get(0).start());
    }

    @Test
    void eachAnswerIsClaimedOnceEvenWhenOneFactOverlapsTwo() {
        var comparison = Comparison.of(
                List.of(goldDate("P1Y", "P1Y", 0, 10), goldDate("P2Y", "P2Y", 12, 20)),
                List.of(date("P1Y", 0, 20)), ANCHOR_FREE);

        assertEquals(Tally.of(2, 1, 1, 1), comparison.tally());
    }

    @Test
    void peopleMatchByNameWithoutAccentsOrCase() {
        var comparison = Comparison.of(List.of(goldPerson("Andrés Manuel López Obrador")),
                List.of(person("ANDRES MANUEL LOPEZ OBRADOR")), new PeopleRules());

        assertEquals(Tally.of(1, 1, 1, 1), comparison.tally());
    }

    @Test
    void peopleMatchThroughAliasesButTheNameThenCountsWrong() {
        var byGoldAlias = Comparison.of(List.of(goldPerson("Donald Trump", "Trump")), List.of(person("Trump")),
                new PeopleRules());
        var byOurAlias = Comparison.of(List.of(goldPerson("AMLO")),
                List.of(person("Andrés Manuel López Obrador", "AMLO")), new PeopleRules());

        assertEquals(Tally.of(1, 1, 1, 0), byGoldAlias.tally());
        assertEquals(Tally.of(1, 1, 1, 0), byOurAlias.tally());
    }

    @Test
    void aPersonFoundTwiceCountsOnceAndTheFullNameWins() {
        var comparison = Comparison.of(List.of(goldPerson("Julian Assange", "Assange")),
                List.of(person("Assange"), person("Julian Assange")), new PeopleRules());

        assertEquals(Tally.of(1, 2, 1, 1), comparison.tally());
        assertEquals("Assange", comparison.falseFinds().get(0).name());
    }

    @Test
    void datesAreHeldToTheAnchorFreeValueUnlessTheYearIsKnown() {
        Gold.Date lastMonth = goldDate("2022-06", "XXXX-06", 0, 10);

        assertTrue(new DateRules(false).keyAgrees(lastMonth, date("XXXX-06", 0, 10)));
        assertFalse(new DateRules(false).keyAgrees(lastMonth, date("2022-06", 0, 10)));
        assertTrue(new DateRules(true).keyAgrees(lastMonth, date("2022-06", 0, 10)));
        assertFalse(new DateRules(true).keyAgrees(lastMonth, date("XXXX-06", 0, 10)));
    }

    @Test
    void aNullSpeakerMatchesOnlyANullSpeaker() {
        QuoteRules rules = new QuoteRules(List.of(goldPerson("Marcelo Ebrard")));

        assertTrue(rules.keyAgrees(goldQuote(null, 0, 10), quote(null, 0, 10)));
        assertFalse(rules.keyAgrees(goldQuote(null, 0, 10), quote("marcelo-ebrard", 0, 10)));
        assertFalse(rules.keyAgrees(goldQuote("Marcelo Ebrard", 0, 10), quote(null, 0, 10)));
    }

    @Test
    void aPersonSpeakerMustBeNamedExactly() {
        QuoteRules rules = new QuoteRules(List.of(goldPerson("Andrés Manuel López Obrador")));

        assertTrue(rules.keyAgrees(goldQuote("Andrés Manuel López Obrador", 0, 10),
                quote("andres-manuel-lopez-obrador", 0, 10)));
        assertFalse(rules.keyAgrees(goldQuote("Andrés Manuel López Obrador", 0, 10), quote("lopez-obrador", 0, 10)));
    }

    @Test
    void aGroupSpeakerMayBeNamedMoreOrLessFully() {
        QuoteRules rules = new QuoteRules(List.of(goldPerson("Julian Assange")));
        Gold.Quote byGroups = goldQuote("DC Action for Assange and the Assange Defense Committee", 0, 10);

        assertTrue(rules.keyAgrees(byGroups, quote("DC Action for Assange", 0, 10)));
        assertFalse(rules.keyAgrees(byGroups, quote("WikiLeaks", 0, 10)));
    }

    @Test
    void speakersAreCountedOverTheAnswersAndWrongNamesAreCounted() {
        QuoteRules rules = new QuoteRules(List.of(goldPerson("Joe Biden"), goldPerson("Julian Assange")));
        List<Gold.Quote> golds = List.of(goldQuote("Joe Biden", 0, 10), goldQuote("Joe Biden", 20, 30),
                goldQuote(null, 40, 50), goldQuote("Julian Assange", 60, 70));
        var comparison = Comparison.of(golds,
                List.of(quote("joe-biden", 0, 10), quote("julian-assange", 20, 30), quote(null, 40, 50)), rules);

        assertEquals(Tally.of(4, 3, 3, 2), comparison.tally());
        assertEquals(new SpeakerTally(3, 1, 1), rules.speakers(golds, comparison));
    }

    @Test
    void chargesAgreeOnDefendantChargeAndCount() {
        ChargeRules rules = new ChargeRules();
        Gold.Charge eighteen = goldCharge("Julian Assange", "criminal charges", 18, 0, 30);

        assertTrue(rules.keyAgrees(eighteen, charge("julian-assange", "Criminal Charges", 18, 0, 30)));
        assertTrue(rules.keyAgrees(eighteen, charge("julian-assange", "charges", 18, 0, 30)));
        assertFalse(rules.keyAgrees(eighteen, charge("julian-assange", "criminal charges", null, 0, 30)));
        assertFalse(rules.keyAgrees(eighteen, charge("joe-biden", "criminal charges", 18, 0, 30)));
        assertFalse(rules.keyAgrees(goldCharge("Julian Assange", "espionage", null, 0, 9),
                charge("julian-assange", "spying", null, 0, 9)));
    }

    @Test
    void aFoundChargeMatchesEveryAnswerOnItsSpanWhoseKeyItGetsRight() {
        List<Gold.Charge> golds = List.of(goldCharge("Ann Lee", "fraud", null, 0, 30), goldCharge("Ann Lee", "theft", null, 0, 30),
                goldCharge("Bob Ray", "fraud", null, 0, 30), goldCharge("Bob Ray", "perjury", null, 0, 30));
        var comparison = Comparison.of(golds, List.of(charge("ann-lee", "fraud and theft", null, 0, 30),
                charge("bob-ray", "fraud", null, 0, 30), charge("ann-lee", "theft", null, 40, 50)), new ChargeRules());

        Tally tally = comparison.tally();
        assertEquals(3, tally.matched(), "both of Ann Lee's offences through one found fact, and Bob Ray's fraud");
        assertEquals(List.of(golds.get(3)), comparison.missed(), "Bob Ray's perjury: his one found fact has another key");
        assertEquals(2, tally.matchedFound(), "precision counts each found fact once");
        assertEquals(3, tally.keyCorrect());
        assertEquals(2.0 / 3, tally.precision(), 1e-9);
        assertEquals(3.0 / 4, tally.recall(), 1e-9);
    }

    @Test
    void anAnswerOnAnotherSpanIsNotMatchedByAFactPairedElsewhere() {
        var comparison = Comparison.of(List.of(goldCharge("Ann Lee", "fraud", null, 0, 30),
                        goldCharge("Ann Lee", "fraud", null, 10, 40)),
                List.of(charge("ann-lee", "fraud", null, 0, 40)), new ChargeRules());

        assertEquals(1, comparison.tally().matched());
        assertEquals(1, comparison.missed().size());
    }

    @Test
    void chargeStatusIsScoredApartFromTheKey() {
        var comparison = Comparison.of(List.of(goldCharge("Ann Lee", "fraud", null, "convicted", 0, 30),
                        goldCharge("Bob Ray", "fraud", null, "charged", 40, 70), goldCharge("Cy Young", "theft", null, null, 80, 90)),
                List.of(charge("ann-lee", "fraud", null, "charged", 0, 30), charge("bob-ray", "fraud", null, "charged", 40, 70),
                        charge("cy-young", "theft", null, "charged", 80, 90)), new ChargeRules());

        Tally tally = comparison.tally();
        assertEquals(3, tally.keyCorrect());
        assertEquals(2, tally.statusScored(), "an answer without status does not count");
        assertEquals(0.5, tally.statusAccuracy(), 1e-9);
        assertEquals(List.of(Discrepancy.Type.WRONG_STATUS),
                comparison.discrepancies("a.txt", FactKind.CHARGES).stream().map(Discrepancy::type).toList());
    }

    @Test
    void anUnresolvedSpeakerIsNotScoredButItsQuoteIs() {
        QuoteRules rules = new QuoteRules(List.of(goldPerson("Joe Biden")));
        List<Gold.Quote> golds = List.of(unresolvedQuote(0, 10), goldQuote(null, 20, 30));
        var comparison = Comparison.of(golds, List.of(quote("joe-biden", 0, 10), quote("joe-biden", 20, 30)), rules);

        Tally tally = comparison.tally();
        assertEquals(2, tally.matched());
        assertEquals(1, tally.keyScored());
        assertEquals(0, tally.keyCorrect());
        assertEquals(new SpeakerTally(0, 0, 1), rules.speakers(golds, comparison), "only the quote nobody says is wrongly given");
        assertEquals(1, comparison.discrepancies("a.txt", FactKind.QUOTES).size());
    }

    @Test
    void scoresOfNothingAreOneAndOfMissingEverythingZero() {
        assertEquals(1.0, Tally.NONE.f1());
        assertEquals(0.0, Tally.of(3, 0, 0, 0).f1());
        assertEquals(0.8, Tally.of(5, 5, 4, 2).f1(), 1e-9);
        assertEquals(0.5, Tally.of(5, 5, 4, 2).keyAccuracy(), 1e-9);
    }
}
