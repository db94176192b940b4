package org.clipfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.clipfacts.CliRun;
import org.clipfacts.Samples;
import org.clipfacts.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {
    private static final String SAMPLES = Samples.root().resolve("samples").toString();

    @TempDir
    Path temp;

    @Test
    void jsonLinesGivesOneValidDocumentPerSampleWithExactOffsets() throws IOException {
        CliRun run = CliRun.of("extract", SAMPLES, "--format", "jsonl");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size());
        for (String line : lines) {
            JsonNode document = Json.MAPPER.readTree(line);
            for (String field : List.of("source", "sha256", "article", "people", "dates", "charges", "quotes", "warnings")) {
                assertTrue(document.has(field), field);
            }
            String content = Files.readString(Path.of(document.get("source").asText()));
            assertOffsetsPointInto(content, document);
        }
    }

    private static void assertOffsetsPointInto(String content, JsonNode document) {
        List<JsonNode> facts = new java.util.ArrayList<>();
        document.get("people").forEach(person -> person.get("mentions").forEach(facts::add));
        for (String kind : List.of("dates", "charges", "quotes")) {
            document.get(kind).forEach(facts::add);
        }
        for (JsonNode fact : facts) {
            int start = content.offsetByCodePoints(0, fact.get("start").asInt());
            int end = content.offsetByCodePoints(0, fact.get("end").asInt());
            assertEquals(fact.get("text").asText(), content.substring(start, end));
        }
    }

    @Test
    void jsonIsOneArrayAndTheDateOptionAnchorsDates() throws IOException {
        CliRun run = CliRun.of("extract", Samples.path("000").toString(), "--facts", "dates", "--date", "2022-06-21", "--pretty");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode documents = Json.MAPPER.readTree(run.out());
        assertTrue(documents.isArray());
        JsonNode document = documents.get(0);
        assertEquals("2022-06-21", document.get("article").get("date").asText());
        assertEquals("2022-06-21", document.get("dates").get(0).get("value").asText());
        assertEquals(0, document.get("people").size(), "only the facts asked for");
    }

    @Test
    void csvHasAHeaderAndOneRowPerFact() throws IOException {
        CliRun run = CliRun.of("extract", Samples.path("002").toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(run.out())) {
            List<Map<String, String>> all = rows.readAll();
            assertEquals(Set.of("person", "date", "charge", "quote"), Set.copyOf(all.stream().map(row -> row.get("fact")).toList()));
            Map<String, String> quote = all.stream().filter(row -> row.get("fact").equals("quote")
                    && row.get("text").equals("humanitarian")).findFirst().orElseThrow();
            assertEquals("andres-manuel-lopez-obrador", quote.get("speaker"));
        }
    }

    @Test
    void readsStandardInput() throws IOException {
        byte[] clipping = Files.readAllBytes(Samples.path("003"));
        CliRun run = CliRun.withInput(clipping, "extract", "--facts", "people", "--format", "jsonl");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode document = Json.MAPPER.readTree(run.out());
        assertEquals("-", document.get("source").asText());
        assertTrue(document.get("people").toString().contains("marcelo-ebrard"));
    }

    @Test
    void badInputsAreNamedOnStderrAndTheGoodFilesStillWritten() throws IOException {
        Path good = Files.copy(Samples.path("004"), temp.resolve("good.txt"));
        Files.write(temp.resolve("empty.txt"), new byte[0]);
        Files.write(temp.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2});
        Files.write(temp.resolve("latin.txt"), "Caf\u00e9 owner Maria Lopez spoke.\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(temp.resolve("long.txt"), "word ".repeat(1000));
        Path emptyDirectory = Files.createDirectory(temp.resolve("nothing-here"));
        CliRun run = CliRun.of("extract", "--facts", "people", "--format", "jsonl", "--max-chars", "4000",
                temp.toString(), temp.resolve("missing.txt").toString(), emptyDirectory.toString());
        assertEquals(1, run.exitCode());
        List<String> errors = run.err().lines().toList();
        assertTrue(errors.contains("clipfacts: " + temp.resolve("missing.txt") + ": no such file or directory"), run.err());
        assertTrue(errors.contains("clipfacts: " + emptyDirectory + ": no clippings matching *.txt in this directory"), run.err());
        assertTrue(errors.contains("clipfacts: " + temp.resolve("empty.txt") + ": empty file"), run.err());
        assertTrue(errors.contains("clipfacts: " + temp.resolve("binary.txt") + ": binary file, not text"), run.err());
        assertTrue(errors.stream().anyMatch(line -> line.startsWith("clipfacts: " + temp.resolve("long.txt") + ": too long")), run.err());
        assertTrue(errors.contains("clipfacts: " + temp.resolve("latin.txt") + ": warning: not valid UTF-8: decoded as windows-1252"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack traces without --verbose");
        List<String> sources = run.out().lines().map(line -> {
            try {
                return Json.MAPPER.readTree(line).get("source").asText();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertEquals(List.of(temp.resolve("good.txt").toString(), temp.resolve("latin.txt").toString()), sources);
        assertTrue(good.toFile().exists());
    }

    @Test
    void outputFileAppearsWhole() throws IOException {
        Path output = temp.resolve("facts.json");
        CliRun run = CliRun.of("extract", Samples.path("001").toString(), "--facts", "people", "--output", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(1, Json.MAPPER.readTree(output.toFile()).size());
        try (var files = Files.list(temp)) {
            assertEquals(List.of(output), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void verboseEndsWithAOneLineSummary() {
        CliRun run = CliRun.of("extract", SAMPLES, "--facts", "people", "--format", "jsonl", "--threads", "2", "--verbose");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(line -> line.matches("clipfacts: 5 files, \\d+ facts, 0 failed, [0-9.]+ s")), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("extract", "--format", "xml").exitCode());
        assertEquals(2, CliRun.of("extract", "--facts", "weather").exitCode());
        CliRun badDate = CliRun.of("extract", "--date", "21/06/2022");
        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().contains("not a date of the form YYYY-MM-DD"), badDate.err());
        assertEquals(2, CliRun.of("frobnicate").exitCode());
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("extract", "--help");
        assertEquals(0, help.exitCode());
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode());
    }
}
