package org.clipfacts.check;

import com.fasterxml.jackson.databind.JsonNode;
import org.clipfacts.CliRun;
import org.clipfacts.model.Document;
import org.clipfacts.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line over documents written in the test: exit statuses, errors, baselines. No CoreNLP. */
class CheckCommandTest {
    @TempDir
    Path temp;

    private Path jsonLines(String name, List<Document> documents) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Document document : documents) {
            lines.add(Json.MAPPER.writeValueAsString(document));
        }
        return Files.write(temp.resolve(name), lines);
    }

    private List<Document> conflictingCounts() {
        return List.of(Clipping.named("a.txt").charge("18 criminal charges", "julian-assange", "criminal charges", 18, null).writtenUnder(temp),
                Clipping.named("b.txt").charge("17 criminal charges", "julian-assange", "criminal charges", 17, null).writtenUnder(temp));
    }

    @Test
    void exitsOneOnAFindingAtTheThresholdAndZeroBelowIt() throws IOException {
        String extracted = jsonLines("facts.jsonl", conflictingCounts()).toString();
        CliRun failing = CliRun.of("check", "--extracted", extracted);
        assertEquals(1, failing.exitCode(), failing.err());
        assertTrue(failing.out().contains("charge.conflict: 1 error"), failing.out());
        assertTrue(failing.out().contains(temp.resolve("a.txt") + ":1:9"), "line and column from the clipping file: " + failing.out());
        assertEquals("", failing.err());
        Path config = Files.writeString(temp.resolve("check.json"), "{\"rules\": {\"charge.conflict\": {\"severity\": \"warning\"}}}");
        assertEquals(0, CliRun.of("check", "--extracted", extracted, "--config", config.toString()).exitCode());
        assertEquals(1, CliRun.of("check", "--extracted", extracted, "--config", config.toString(), "--fail-on", "warning").exitCode());
        assertEquals(0, CliRun.of("check", "--extracted", extracted, "--fail-on", "none").exitCode());
    }

    @Test
    void anAcceptedFindingDoesNotFailTheRunAndAnAcceptanceMatchingNothingIsAWarning() throws IOException {
        String extracted = jsonLines("facts.jsonl", conflictingCounts()).toString();
        Path config = Files.writeString(temp.resolve("check.yaml"), """
                accepted:
                  - {rule: charge.conflict, file: b.txt, reason: superseding indictment}
                  - {rule: quote.variant, file: c.txt}
                """);
        CliRun run = CliRun.of("check", "--extracted", extracted, "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("error (accepted: superseding indictment)"), run.out());
        assertEquals("clipfacts: " + config + ": warning: accepted quote.variant for c.txt matches no finding\n", run.err());
    }

    @Test
    void unusableConfigurationOrFactsExitTwoWithOneLineNamingTheFile() throws IOException {
        String extracted = jsonLines("facts.jsonl", conflictingCounts()).toString();
        Path config = Files.writeString(temp.resolve("check.json"), "{\"rules\": {\"charge.conflict\": {\"severity\": \"fatal\"}}}");
        CliRun badConfig = CliRun.of("check", "--extracted", extracted, "--config", config.toString());
        assertEquals(2, badConfig.exitCode());
        assertEquals("clipfacts: " + config + ": rules.charge.conflict.severity: 'fatal' is not a severity: use error, warning or info\n",
                badConfig.err());
        Path broken = Files.writeString(temp.resolve("broken.jsonl"), Files.readAllLines(Path.of(extracted)).get(0) + "\nnot json\n");
        CliRun badFacts = CliRun.of("check", "--extracted", broken.toString());
        assertEquals(2, badFacts.exitCode());
        assertTrue(badFacts.err().startsWith("clipfacts: " + broken + ":2: not a clipfacts document: "), badFacts.err());
        assertEquals(1, badFacts.err().lines().count(), "no stack trace without --verbose");
        Path partial = Files.writeString(temp.resolve("partial.jsonl"), "{\"source\": \"a.txt\", \"people\": []}\n");
        assertEquals("clipfacts: " + partial + ":1: not a clipfacts document: no dates\n", CliRun.of("check", "--extracted", partial.toString()).err());
        assertEquals(2, CliRun.of("check", "--extracted", extracted, "--baseline", temp.resolve("none.jsonl").toString()).exitCode());
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        String extracted = jsonLines("facts.jsonl", conflictingCounts()).toString();
        assertEquals(2, CliRun.of("check", "--extracted", extracted, "samples").exitCode());
        assertEquals(2, CliRun.of("check", "--extracted", extracted, "--date", "2022-01-01").exitCode());
        assertEquals(2, CliRun.of("check", "--extracted", extracted, "--update-baseline").exitCode());
        assertEquals(2, CliRun.of("check", "--extracted", extracted, "--format", "xml").exitCode());
        assertEquals(2, CliRun.of("check", "--extracted", extracted, "--fail-on", "fatal").exitCode());
    }

    @Test
    void aClippingThatCannotBeReadIsAnExtractFailedError() throws IOException {
        Path binary = Files.write(temp.resolve("binary.txt"), new byte[] {0, 1, 2, 0, 0, 3});
        CliRun run = CliRun.of("check", binary.toString(), temp.resolve("missing.txt").toString(), "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        JsonNode findings = Json.MAPPER.readTree(run.out()).get("findings");
        assertEquals(2, findings.size(), run.out());
        for (JsonNode finding : findings) {
            assertEquals("extract.failed", finding.get("rule").asText());
            assertEquals("error", finding.get("severity").asText());
        }
        assertEquals("no such file or directory", findings.get(0).get("message").asText());
    }

    @Test
    void theBaselineReportsDriftAndIsRewrittenInPlaceOnRequest() throws IOException {
        List<Document> documents = conflictingCounts();
        Path baseline = jsonLines("baseline.jsonl", documents.subList(0, 1));
        String extracted = jsonLines("facts.jsonl", documents).toString();
        CliRun drift = CliRun.of("check", "--extracted", extracted, "--baseline", baseline.toString(), "--format", "json", "--fail-on", "info");
        assertEquals(1, drift.exitCode());
        assertTrue(drift.out().contains("\"rule\" : \"baseline.drift\""), drift.out());
        assertTrue(drift.out().contains("not in the baseline: 1 fact"), drift.out());

        CliRun update = CliRun.of("check", "--extracted", extracted, "--baseline", baseline.toString(), "--update-baseline",
                "--config", Files.writeString(temp.resolve("c.json"), "{\"rules\": {\"charge.conflict\": {\"enabled\": false}}}").toString(),
                "--fail-on", "info");
        assertEquals(0, update.exitCode(), update.out() + update.err());
        assertEquals(2, Files.readAllLines(baseline).size());
        assertFalse(Files.list(temp).anyMatch(file -> file.getFileName().toString().endsWith(".part")));
        CliRun again = CliRun.of("check", "--extracted", extracted, "--baseline", baseline.toString(), "--fail-on", "info",
                "--config", temp.resolve("c.json").toString());
        assertEquals(0, again.exitCode(), again.out());
    }
}
