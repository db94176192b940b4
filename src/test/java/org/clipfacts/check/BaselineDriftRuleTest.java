package org.clipfacts.check;

import org.clipfacts.model.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineDriftRuleTest {
    private static List<Finding> drift(List<Document> before, List<Document> now) {
        return new BaselineDriftRule(Baseline.of(before)).check(new CheckedCorpus(now, List.of()), Severity.WARNING);
    }

    private static Clipping story() {
        return Clipping.named("news/a.txt").person("julian-assange", "Julian Assange")
                .charge("18 criminal charges", "julian-assange", "criminal charges", 18, null)
                .quote("Mexico opens its doors", "amlo", "AMLO");
    }

    @Test
    void quietWhenNothingChanged() {
        assertTrue(drift(List.of(story().document()), List.of(story().document())).isEmpty());
    }

    @Test
    void aChangedFieldIsReportedWithItsOldAndNewValue() {
        Document before = story().document();
        Document now = new Document(before.source(), before.sha256(), before.article(), before.people(), before.dates(),
                List.of(before.charges().get(0)), List.of(new org.clipfacts.model.Quote("Mexico opens its doors", null, null, null, null,
                before.quotes().get(0).start(), before.quotes().get(0).end())), before.warnings());
        List<Finding> findings = drift(List.of(before), List.of(now));
        assertEquals(1, findings.size());
        assertEquals("changed quote \"Mexico opens its doors\": speaker amlo → null, cue say → null", findings.get(0).message());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(before.quotes().get(0).start(), findings.get(0).locations().get(0).start());
    }

    @Test
    void factsAddedAndRemovedAreReportedOneByOne() {
        Document before = story().document();
        Document now = story().date("June 21", "XXXX-06-21").document();
        Document withoutCharge = new Document(now.source(), now.sha256(), now.article(), now.people(), now.dates(), List.of(),
                now.quotes(), now.warnings());
        List<String> messages = drift(List.of(before), List.of(withoutCharge)).stream().map(Finding::message).toList();
        assertTrue(messages.contains("added date \"June 21\" (type DATE, value XXXX-06-21)"), messages.toString());
        assertTrue(messages.stream().anyMatch(message -> message.startsWith("the clipping changed since the baseline")), messages.toString());
        assertTrue(messages.contains("removed charge \"18 criminal charges\" (defendant julian-assange, charge criminal charges, count 18)"),
                messages.toString());
    }

    @Test
    void clippingsNewToTheBaselineOrNotCheckedNowAreOneLevelLower() {
        List<Finding> findings = drift(List.of(Clipping.named("old.txt").document()),
                List.of(Clipping.named("new.txt").person("ana-lopez", "Ana López").document()));
        assertEquals(List.of("not in the baseline: 1 fact", "1 clipping of the baseline not checked now"),
                findings.stream().map(Finding::message).toList());
        assertTrue(findings.stream().allMatch(finding -> finding.severity() == Severity.INFO));
    }

    @Test
    void clippingsPairUpByTheirNormalizedPath() {
        Document before = story().document().withSource("./news/a.txt");
        assertTrue(drift(List.of(before), List.of(story().document())).isEmpty());
    }
}
