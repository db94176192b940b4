package org.clipfacts.extract;

import org.clipfacts.Samples;
import org.clipfacts.model.Charge;
import org.clipfacts.model.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChargeExtractionTest {
    private static final String ASSANGE = "julian-assange";

    private static Charge chargeContaining(Document document, String words) {
        return document.charges().stream().filter(charge -> charge.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no charge statement with '" + words + "' in " + document.charges()));
    }

    @Test
    void eighteenCriminalChargesAndTheSentenceFaced() {
        Document document = Samples.extracted("000");
        Charge charged = chargeContaining(document, "charged with 18 criminal charges");
        assertEquals(ASSANGE, charged.defendant());
        assertEquals("criminal charges", charged.charge());
        assertEquals(18, charged.count());
        assertEquals("175 years in prison", charged.sentence());
        Charge accused = chargeContaining(document, "accused of leaking");
        assertEquals("leaking classified information", accused.charge());
        assertEquals(ASSANGE, accused.defendant(), "the Australian journalist who is accused");
        assertTrue(document.charges().stream().allMatch(charge -> charge.defendant().equals(ASSANGE)));
    }

    @Test
    void countsWithASpyingChargeAndWhoBrings() {
        Document document = Samples.extracted("001");
        Charge counts = chargeContaining(document, "18 counts");
        assertEquals(18, counts.count());
        assertEquals("U.S. authorities", counts.by());
        Charge spying = chargeContaining(document, "spying");
        assertEquals("espionage", spying.charge());
        assertEquals(ASSANGE, spying.defendant());
        assertEquals(ASSANGE, chargeContaining(document, "criminal charges").defendant(), "Assange’s extradition ... to face");
    }

    @Test
    void chargesOfEspionage() {
        Charge espionage = chargeContaining(Samples.extracted("002"), "charges of espionage");
        assertEquals("espionage", espionage.charge());
        assertEquals(ASSANGE, espionage.defendant());
        Document elPais = Samples.extracted("003");
        assertEquals(18, chargeContaining(elPais, "18 charges").count());
        assertEquals("espionage", chargeContaining(elPais, "including espionage").charge());
    }

    @Test
    void aScoreOfCrimesIsTwenty() {
        Charge score = chargeContaining(Samples.extracted("004"), "a score of crimes");
        assertEquals(20, score.count());
        assertEquals("United States", score.by());
        assertEquals(ASSANGE, score.defendant());
    }

    @Test
    void accountingChargesAreNoCriminalCharges() {
        Document document = Samples.extract("Retailer buys rival\n\nRival Stores has struggled to compete. "
                + "Kahn said the deal will cost it $1bn in one-off charges.\n");
        assertEquals(List.of(), document.charges());
    }

    @Test
    void severalNamedCrimesAndAnActiveCharge() {
        Document court = Samples.extract("Singer in court\n\nOn Monday Pete Doherty faced blackmail and robbery charges in court, "
                + "which he denies.\n");
        assertEquals(List.of("blackmail", "robbery"), court.charges().stream().map(Charge::charge).toList(), "one fact per offence");
        assertTrue(court.charges().stream().allMatch(charge -> charge.defendant().equals("pete-doherty")));
        Document football = Samples.extract("Tunnel row\n\nThe Football Association charged Ruud van Nistelrooy with "
                + "serious foul play after the game.\n");
        assertEquals("ruud-van-nistelrooy", chargeContaining(football, "charged").defendant());
    }

    @Test
    void wordsThatOnlyLookLikeCharges() {
        Document document = Samples.extract("Match report\n\nAlan Shearer's snap-shot was charged down by the keeper. "
                + "The singer was arrested with fellow musician Alan Wass on Monday, police said. "
                + "The division, led by Amit Yoran, was charged with thinking up ways to protect networks.\n");
        assertEquals(List.of(), document.charges());
    }

    @Test
    void crimesTheLeaksRevealedAreNoCharges() {
        for (String sample : List.of("000", "001", "002", "003", "004")) {
            Samples.extracted(sample).charges().forEach(charge -> {
                assertTrue(!charge.text().contains("war crimes") && !charge.text().contains("humanity"), charge.text());
                assertTrue(!charge.text().contains("assault on journalism"), charge.text());
            });
        }
    }

    private static List<String> facts(Document document) {
        return document.charges().stream()
                .map(charge -> charge.defendant() + ": " + charge.charge() + " (" + charge.status() + ")").toList();
    }

    @Test
    void everyOffenceOfEveryDefendantWithWhereTheCaseStands() {
        Document document = Samples.extract("Brothers in court\n\nMarco Pinelli and Luca Verdi have been charged with fraud "
                + "and tax evasion. Both men deny the charges. Last year Pinelli was convicted of racketeering, securities fraud "
                + "and extortion, and Verdi was acquitted of assault.\n");
        assertEquals(List.of("marco-pinelli: fraud (charged)", "luca-verdi: fraud (charged)",
                "marco-pinelli: tax evasion (charged)", "luca-verdi: tax evasion (charged)",
                "marco-pinelli: racketeering (convicted)", "marco-pinelli: securities fraud (convicted)",
                "marco-pinelli: extortion (convicted)", "luca-verdi: assault (acquitted)").stream().sorted().toList(),
                facts(document).stream().sorted().toList(), "'deny the charges' restates them");
    }

    @Test
    void pleasSentencesAndDefendantsNamedBefore() {
        Document document = Samples.extract("Banker on trial\n\nFormer chief executive Peter Gaunt went on trial in London "
                + "on Monday on charges of fraud. He denies falsifying shareholder information at the bank. His deputy, Tom Rudd, has already "
                + "pleaded guilty to one count of conspiracy to defraud and was jailed for six years for handling stolen goods.\n");
        assertEquals(List.of("peter-gaunt: fraud (charged)", "peter-gaunt: falsifying shareholder information (charged)",
                "tom-rudd: conspiracy to defraud (pleaded guilty)", "tom-rudd: handling stolen goods (sentenced)"), facts(document));
        assertEquals(1, chargeContaining(document, "one count").count());
        assertEquals(null, chargeContaining(document, "six years").count(), "years are no count");
    }

    @Test
    void aDeniedActIsAChargeOnlyWhereTheArticleChargesThePerson() {
        assertEquals(List.of(), Samples.extract("Row over remarks\n\nThe MP Jane Ashby denied accusing the minister of lying "
                + "and denies wanting to lead the party.\n").charges());
    }

    @Test
    void aFortyTwoCountIndictment() {
        Charge indictment = chargeContaining(Samples.extract("Senator indicted\n\nRay Dunn faces a 42-count federal "
                + "indictment.\n"), "indictment");
        assertEquals(42, indictment.count());
        assertEquals("ray-dunn", indictment.defendant());
        assertEquals("charged", indictment.status());
    }

    @Test
    void noChargesOfCompaniesUnnamedPeopleOrWhatMayHappen() {
        Document document = Samples.extract("Bank fined\n\nThe Bank of Ruritania pleaded guilty to money laundering. "
                + "A former manager was convicted of theft. Several employees have admitted fraud. Tenants at the flats pay "
                + "service charges. Anna Kerr is in charge of the inquiry. If convicted, Jim Hale could be jailed for fraud.\n");
        assertEquals(List.of(), document.charges());
    }
}
