package org.clipfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.CliRun;
import org.clipfacts.Samples;
import org.clipfacts.corpus.EvaluationRun;
import org.clipfacts.corpus.ExtractRun;
import org.clipfacts.input.Input;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;
import org.clipfacts.output.DocumentWriter;
import org.clipfacts.output.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The samples against their hand-made answers. The figures move as the extractors improve, so they are held
 * to floors, not to exact values. The samples are extracted once for all the tests here.
 */
class SamplesEvaluationTest {
    private static final Path ROOT = Path.of(System.getProperty("clipfacts.root", ".")).toAbsolutePath();
    private static final Path GOLD = ROOT.resolve("../shared/eval/gold").normalize();
    private static final Path SAMPLES = ROOT.resolve("samples");

    private static final List<Document> extracted = new ArrayList<>();
    private static Evaluation evaluation;

    @TempDir
    Path directory;

    @BeforeAll
    static void evaluateSamples() throws InvalidInputException, IOException {
        List<Input> clippings = Samples.inputs();
        ClippingReader reader = new ClippingReader(ClippingReader.DEFAULT_MAX_CHARS);
        new ExtractRun(reader, FactKind.ALL, null, InputStream.nullInputStream(), 2, null, Duration.ofMinutes(2))
                .run(clippings, collecting(extracted), failOnProblems(), ExtractRun.Progress.NONE);
        Path jsonl = Files.createTempFile("samples", ".jsonl");
        try {
            writeLines(jsonl);
            EvaluationRun.Result result = new EvaluationRun(reader, FactKind.ALL, null, EvaluationRun.ReferenceDates.STATED)
                    .run(List.of(AnswerSet.open(GOLD)), clippings, ExtractedDocuments.read(jsonl), null, failOnProblems());
            assertEquals(0, result.failed());
            evaluation = result.sets().get(0);
        } finally {
            Files.delete(jsonl);
        }
    }

    private static DocumentWriter collecting(List<Document> documents) {
        return new DocumentWriter() {
            @Override
            public void write(Document document) {
                documents.add(document);
            }

            @Override
            public void finish() {
            }
        };
    }

    @Test
    void everySampleIsEvaluated() {
        assertEquals(5, evaluation.files().size());
        assertEquals(List.of(FactKind.PEOPLE, FactKind.DATES, FactKind.CHARGES, FactKind.QUOTES), evaluation.kinds());
    }

    @Test
    void peopleAreFound() {
        Tally people = evaluation.total(FactKind.PEOPLE);
        assertTrue(people.f1() >= 0.9, "people F1 " + people.f1());
    }

    @Test
    void datesAreFoundAndNormalized() {
        Tally dates = evaluation.total(FactKind.DATES);
        assertTrue(dates.recall() >= 0.85, "dates recall " + dates.recall());
        assertTrue(dates.keyAccuracy() >= 0.8, "date value accuracy " + dates.keyAccuracy());
    }

    @Test
    void quotesAreFoundWithTheirSpeakers() {
        Tally quotes = evaluation.total(FactKind.QUOTES);
        assertTrue(quotes.precision() >= 0.9 && quotes.recall() >= 0.9, "quotes P " + quotes.precision() + " R " + quotes.recall());
        SpeakerTally speakers = evaluation.speakers();
        assertTrue(speakers.accuracy() >= 0.85, "speaker correct for " + speakers.accuracy());
        assertTrue(speakers.wrongNonNull() <= 1, speakers.wrongNonNull() + " wrong speakers");
    }

    @Test
    void everyChargeStatementIsFoundWithItsDefendantChargeAndCount() {
        Tally charges = evaluation.total(FactKind.CHARGES);
        assertEquals(1.0, charges.recall(), "every gold charge statement found");
        assertTrue(charges.keyAccuracy() >= 0.8, "defendant, charge and count right in " + charges.keyAccuracy());
    }

    @Test
    void theCommandReadsEarlierExtractionsAndChecksMinimums() throws IOException {
        Path jsonl = writeExtracted();

        CliRun met = evaluate("--gold", GOLD.toString(), "--extracted", jsonl.toString(), "--format", "json",
                "--min", "people=0.9", SAMPLES.toString());
        CliRun missed = evaluate("--gold", GOLD.toString(), "--extracted", jsonl.toString(), "--facts", "people",
                "--min", "people=1", "--per-file", "--errors", SAMPLES.toString());

        assertEquals(0, met.exitCode(), met.err());
        assertEquals(5, Json.MAPPER.readTree(met.out()).get("clippings").asInt());
        if (evaluation.total(FactKind.PEOPLE).f1() < 1) {
            assertEquals(1, missed.exitCode(), missed.err());
            assertTrue(missed.err().contains("clipfacts: people: F1 "), missed.err());
        }
        assertTrue(missed.out().contains("000_3295a63e3baca571.txt  people"), missed.out());
    }

    @Test
    void theCommandChecksSpeakerFloors() throws IOException {
        Path jsonl = writeExtracted();

        CliRun met = evaluate("--gold", GOLD.toString(), "--extracted", jsonl.toString(), "--facts", "quotes",
                "--min-speakers", "0.9", "--max-wrong-speakers", "0.05", SAMPLES.toString());
        CliRun missed = evaluate("--gold", GOLD.toString(), "--extracted", jsonl.toString(), "--facts", "quotes",
                "--min-speakers", "1", "--max-wrong-speakers", "0", SAMPLES.toString());
        CliRun unusable = evaluate("--gold", GOLD.toString(), "--facts", "people", "--min-speakers", "0.5", SAMPLES.toString());

        assertEquals(0, met.exitCode(), met.err());
        SpeakerTally speakers = evaluation.speakers();
        if (speakers.accuracy() < 1 || speakers.wrongNonNull() > 0) {
            assertEquals(1, missed.exitCode(), missed.err());
            assertTrue(missed.err().contains("clipfacts: quotes: "), missed.err());
        }
        assertEquals(2, unusable.exitCode(), unusable.err());
    }

    @Test
    void theCommandExtractsWhatItEvaluates() {
        CliRun run = evaluate("--gold", GOLD.toString(), "--threads", "2", "--facts", "charges,quotes", "--format", "json",
                SAMPLES.resolve("002_3251c23ce98b4aa0.txt").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"clippings\" : 1"), run.out());
        assertTrue(run.err().isEmpty() || run.err().lines().allMatch(line -> line.contains("no clipping named")), run.err());
    }

    @Test
    void aSetFolderOrItsSplitListIsEvaluatedAgainstItsOwnTexts() throws IOException {
        Path set = directory.resolve("set");
        Files.createDirectories(set.resolve("gold"));
        Files.createDirectories(set.resolve("texts"));
        for (String name : List.of("001_b518369f5515a776", "003_6d43335a11c71cb4")) {
            Files.copy(GOLD.resolve(name + ".json"), set.resolve("gold/" + name + ".json"));
            Files.copy(SAMPLES.resolve(name + ".txt"), set.resolve("texts/" + name + ".txt"));
        }
        Path split = Files.writeString(set.resolve("dev.txt"), "# one of the two\n003_6d43335a11c71cb4\n");

        CliRun whole = evaluate("--gold", set.toString(), "--facts", "dates", "--format", "json");
        CliRun splitOnly = evaluate("--gold", split.toString(), "--gold", GOLD.toString(), "--facts", "dates",
                "--reference-date", "gold", "--min", "dates=0.5", "--format", "json",
                SAMPLES.resolve("003_6d43335a11c71cb4.txt").toString());

        assertEquals(0, whole.exitCode(), whole.err());
        assertEquals(2, Json.MAPPER.readTree(whole.out()).get("clippings").asInt());
        assertEquals(0, splitOnly.exitCode(), splitOnly.err());
        JsonNode sets = Json.MAPPER.readTree(splitOnly.out()).get("sets");
        assertEquals(List.of(split.toString(), GOLD.toString()), List.of(sets.get(0).get("set").asText(), sets.get(1).get("set").asText()));
        assertEquals(List.of(1, 1), List.of(sets.get(0).get("clippings").asInt(), sets.get(1).get("clippings").asInt()));
    }

    @Test
    void clippingsWithoutAnswersAreOneWarningLine() throws IOException {
        Path gold = Files.createDirectories(directory.resolve("two-answers"));
        for (String name : List.of("001_b518369f5515a776", "003_6d43335a11c71cb4")) {
            Files.copy(GOLD.resolve(name + ".json"), gold.resolve(name + ".json"));
        }

        CliRun run = evaluate("--gold", gold.toString(), "--extracted", writeExtracted().toString(), "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, Json.MAPPER.readTree(run.out()).get("clippings").asInt());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(" and 2 other clippings: warning: no answer files in the answer sets; not evaluated"), run.err());
    }

    @Test
    void goldReferenceDatesAreNotForAGivenDateOrEarlierExtractions() throws IOException {
        CliRun withDate = evaluate("--gold", GOLD.toString(), "--reference-date", "gold", "--date", "2022-01-01", SAMPLES.toString());
        CliRun extractedEarlier = evaluate("--gold", GOLD.toString(), "--reference-date", "gold", "--extracted",
                writeExtracted().toString());

        assertEquals(2, withDate.exitCode());
        assertTrue(withDate.err().contains("not with --date"), withDate.err());
        assertEquals(2, extractedEarlier.exitCode());
        assertTrue(extractedEarlier.err().contains("not with --extracted"), extractedEarlier.err());
    }

    @Test
    void theCommandNamesTheFileAndFieldOfABadAnswer() throws IOException {
        Path gold = Files.createDirectory(directory.resolve("gold"));
        Files.writeString(gold.resolve("000_3295a63e3baca571.json"),
                "{\"people\": [], \"dates\": [], \"charges\": [], \"quotes\": [{\"speaker\": null}]}");

        CliRun run = evaluate("--gold", gold.toString(), "--extracted", writeExtracted().toString(),
                SAMPLES.resolve("000_3295a63e3baca571.txt").toString());

        assertEquals(2, run.exitCode());
        assertEquals("clipfacts: " + gold.resolve("000_3295a63e3baca571.json") + ": quotes[0].text: missing",
                run.err().strip());
    }

    @Test
    void theCommandRefusesTwoDocumentsForOneClippingName() throws IOException {
        Document document = extracted.get(0);
        String name = Path.of(document.source()).getFileName().toString();
        ObjectNode elsewhere = Json.MAPPER.valueToTree(document);
        elsewhere.put("source", "elsewhere/" + name);
        Path jsonl = Files.write(directory.resolve("twice.jsonl"),
                List.of(Json.MAPPER.writeValueAsString(document), elsewhere.toString()));

        CliRun run = evaluate("--gold", GOLD.toString(), "--extracted", jsonl.toString(), SAMPLES.toString());

        assertEquals(2, run.exitCode());
        assertEquals("clipfacts: " + jsonl + ":2: a second document for " + name, run.err().strip());
    }

    private Path writeExtracted() throws IOException {
        return writeLines(directory.resolve("samples.jsonl"));
    }

    private static Path writeLines(Path jsonl) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Document document : extracted) {
            lines.add(Json.MAPPER.writeValueAsString(document));
        }
        return Files.write(jsonl, lines);
    }

    private static CliRun evaluate(String... arguments) {
        List<String> command = new ArrayList<>(List.of("evaluate"));
        command.addAll(List.of(arguments));
        return CliRun.of(command.toArray(String[]::new));
    }

    private static EvaluationRun.Problems failOnProblems() {
        return new EvaluationRun.Problems() {
            @Override
            public void failed(String source, String reason, Exception cause) {
                fail(source + ": " + reason, cause);
            }

            @Override
            public void skipped(String source, String reason) {
                fail(source + ": " + reason);
            }
        };
    }
}
