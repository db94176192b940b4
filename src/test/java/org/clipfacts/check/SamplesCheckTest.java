package org.clipfacts.check;

import org.clipfacts.CliRun;
import org.clipfacts.Samples;
import org.clipfacts.output.DocumentLines;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.model.Document;
import org.clipfacts.output.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check over the five samples, extracted once per test run, from the command line. */
class SamplesCheckTest {
    private static final List<String> PREFIXES = List.of("000", "001", "002", "003", "004");
    private static CliRun run;
    private static List<Finding> findings;

    @BeforeAll
    static void check(@TempDir Path temp) throws IOException, InvalidInputException {
        List<String> lines = new ArrayList<>();
        for (String prefix : PREFIXES) {
            Document document = Samples.extracted(prefix).withSource(Samples.path(prefix).toString());
            lines.add(Json.MAPPER.writeValueAsString(document));
        }
        Path extracted = Files.write(temp.resolve("samples.jsonl"), lines);
        run = CliRun.of("check", "--extracted", extracted.toString());
        findings = new Check(CheckConfig.DEFAULT, null).run(new CheckedCorpus(DocumentLines.read(extracted), List.of())).findings();
    }

    private static List<Finding> of(String rule) {
        return findings.stream().filter(finding -> finding.rule().equals(rule)).toList();
    }

    /** The samples (by prefix) a finding points into. */
    private static Set<String> samples(Finding finding) {
        return finding.locations().stream().map(location -> Path.of(location.file()).getFileName().toString().substring(0, 3))
                .collect(Collectors.toSet());
    }

    private static Finding variantContaining(String words) {
        return of(QuoteVariantRule.ID).stream()
                .filter(finding -> finding.locations().stream().anyMatch(location -> location.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no variant finding with '" + words + "' in " + findings));
    }

    @Test
    void passesWithNoErrorAndShowsPlacesAsFileLineColumn() {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(findings.stream().noneMatch(finding -> finding.severity() == Severity.ERROR), findings.toString());
        assertTrue(run.out().matches("(?s).*samples/004_[0-9a-f]+\\.txt:\\d+:\\d+ .*"), run.out());
    }

    @Test
    void reportsTheQuotesOfLopezObradorWordedDifferentlyAcrossClippings() {
        assertTrue(samples(variantContaining("to allow him to receive asylum")).containsAll(Set.of("002", "003", "004")));
        assertEquals(Set.of("000", "003"), samples(variantContaining("the best journalist of our time")));
        assertEquals(Set.of("000", "003"), samples(variantContaining("humanism must also prevail")));
        for (Finding variant : of(QuoteVariantRule.ID)) {
            assertEquals(Severity.INFO, variant.severity());
            assertTrue(variant.message().startsWith("quote by Andrés Manuel López Obrador"), variant.message());
        }
        assertTrue(of(QuoteSpeakerConflictRule.ID).isEmpty(), "a quote without speaker is no conflict");
    }

    @Test
    void reportsTheDifferingChargeCountsAboutAssangeAsAWarning() {
        List<Finding> conflicts = of(ChargeConflictRule.ID);
        assertEquals(1, conflicts.size(), conflicts.toString());
        Finding conflict = conflicts.get(0);
        assertEquals(Severity.WARNING, conflict.severity());
        assertTrue(conflict.message().startsWith("julian-assange faces different numbers of charges: 18 in "), conflict.message());
        assertTrue(conflict.message().contains("20 in 1 clipping (approximate: \"a score\")"), conflict.message());
        assertTrue(samples(conflict).containsAll(Set.of("000", "003", "004")));
    }
}
