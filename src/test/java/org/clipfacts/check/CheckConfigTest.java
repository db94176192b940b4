package org.clipfacts.check;

import org.clipfacts.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckConfigTest {
    @TempDir
    Path temp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    private String problemIn(String name, String text) throws IOException {
        Path file = write(name, text);
        return assertThrows(InvalidInputException.class, () -> CheckConfig.read(file)).problem();
    }

    @Test
    void jsonAndYamlSayTheSame() throws Exception {
        CheckConfig json = CheckConfig.read(write("c.json", """
                {"rules": {"quote.variant": {"severity": "warning"}, "person.spelling": {"enabled": false}},
                 "requiredMetadata": ["url"], "quoteSimilarity": 0.7, "quoteMinWords": 5,
                 "accepted": [{"rule": "charge.conflict", "file": "samples/004_*.txt", "reason": "a score is approximate"}]}
                """));
        CheckConfig yaml = CheckConfig.read(write("c.yaml", """
                rules:
                  quote.variant: {severity: warning}
                  person.spelling: {enabled: false}
                requiredMetadata: [url]
                quoteSimilarity: 0.7
                quoteMinWords: 5
                accepted:
                  - rule: charge.conflict
                    file: samples/004_*.txt
                    reason: a score is approximate   # comments are why YAML is offered
                """));
        assertEquals(json, yaml);
        assertEquals(new QuoteMatching(0.7, 5), json.quoteMatching());
        assertFalse(json.enabled("person.spelling"));
        assertTrue(json.enabled("quote.variant"));
        assertEquals(Severity.WARNING, json.severity(new QuoteVariantRule(json.quoteMatching())));
        assertEquals(Severity.ERROR, json.severity(new ChargeConflictRule()));
    }

    @Test
    void anEmptyFileMeansTheDefaults() throws Exception {
        assertEquals(CheckConfig.DEFAULT, CheckConfig.read(write("c.yml", "")));
        assertEquals(CheckConfig.DEFAULT, CheckConfig.read(write("c.json", "{}")));
    }

    @Test
    void mistakesNameTheirField() throws Exception {
        assertTrue(problemIn("c.json", "{\"rules\": {\"quote.varient\": {}}}").startsWith("rules.quote.varient: unknown rule"));
        assertEquals("rules.quote.variant.severity: 'fatal' is not a severity: use error, warning or info",
                problemIn("c.json", "{\"rules\": {\"quote.variant\": {\"severity\": \"fatal\"}}}"));
        assertTrue(problemIn("c.json", "{\"rules\": {\"quote.variant\": {\"level\": \"info\"}}}")
                .startsWith("rules.quote.variant.level: unknown field (fields here: enabled, severity)"));
        assertTrue(problemIn("c.json", "{\"quoteSimilarity\": 1.5}").startsWith("quoteSimilarity: 1.5 is not between"));
        assertEquals("requiredMetadata: unknown field 'author' (fields: title, url, publisher, dateline, date)",
                problemIn("c.json", "{\"requiredMetadata\": [\"author\"]}"));
        assertEquals("accepted[0].file: missing", problemIn("c.json", "{\"accepted\": [{\"rule\": \"charge.conflict\"}]}"));
        assertTrue(problemIn("c.json", "{\"rules\": ").startsWith("not valid JSON: "));
        assertEquals("no such file", assertThrows(InvalidInputException.class, () -> CheckConfig.read(temp.resolve("none.json"))).problem());
    }

    @Test
    void aValueOfTheWrongTypeIsNamedInWordsNotJavaTypes() throws IOException {
        assertEquals("quoteSimilarity: expected a number, not 'high'", problemIn("c.json", "{\"quoteSimilarity\": \"high\"}"));
        assertEquals("quoteMinWords: expected a whole number", problemIn("c.json", "{\"quoteMinWords\": [4]}"));
        assertEquals("quoteMinWords: expected a whole number, not 'four'", problemIn("c.yaml", "quoteMinWords: four\n"));
        assertEquals("rules.quote.variant.enabled: expected true or false, not 'maybe'",
                problemIn("c.json", "{\"rules\": {\"quote.variant\": {\"enabled\": \"maybe\"}}}"));
        assertEquals("requiredMetadata: expected a list", problemIn("c.json", "{\"requiredMetadata\": {\"title\": true}}"));
        assertEquals("accepted[0]: expected an object of fields", problemIn("c.json", "{\"accepted\": [\"a.txt\"]}"));
    }

    @Test
    void anAcceptanceNamesAFileByPathFileNameOrGlob() {
        Finding finding = new Finding("charge.conflict", Severity.WARNING, "m",
                List.of(Location.ofFile("samples/000_a.txt"), Location.ofFile("./samples/004_d4.txt")));
        for (String file : List.of("samples/004_d4.txt", "004_d4.txt", "samples/004_*.txt", "**/004_*")) {
            assertTrue(new CheckConfig.Acceptance("charge.conflict", file, null).covers(finding), file);
        }
        assertFalse(new CheckConfig.Acceptance("quote.variant", "004_d4.txt", null).covers(finding));
        assertFalse(new CheckConfig.Acceptance("charge.conflict", "samples/001_*.txt", null).covers(finding));
    }

    @Test
    void anAcceptedFindingIsKeptMarkedWithItsReasonAndFailsNothing() {
        CheckConfig config = new CheckConfig(Map.of(), null, null, null,
                List.of(new CheckConfig.Acceptance("metadata.missing", "a.txt", "an old clipping"),
                        new CheckConfig.Acceptance("metadata.missing", "gone.txt", null)));
        Check check = new Check(config, null);
        Report report = check.run(Clipping.corpus(Clipping.named("a.txt").metadata(null, null, null), Clipping.named("b.txt").metadata(null, null, null)));
        List<Finding> findings = report.findingsOf("metadata.missing");
        assertEquals("an old clipping", findings.get(0).accepted());
        assertNull(findings.get(1).accepted());
        assertTrue(report.fails(Severity.WARNING));
        assertFalse(report.fails(Severity.ERROR));
        assertEquals(List.of("gone.txt"), check.unusedAcceptances().stream().map(CheckConfig.Acceptance::file).toList());
    }
}
