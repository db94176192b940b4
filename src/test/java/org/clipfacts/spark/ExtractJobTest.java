package org.clipfacts.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clipfacts.CliRun;
import org.clipfacts.Samples;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.model.FactKind;
import org.clipfacts.output.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spark job in local[2] over the samples and a corrupt clipping, against the command line on the same files. */
class ExtractJobTest {
    private static final String CORRUPT = "corrupt.txt";

    @TempDir
    static Path temp;
    private static SparkSession spark;
    private static Path clippings;
    private static Path output;
    private static ExtractJob.Summary summary;

    @BeforeAll
    static void runJobOverSamplesAndACorruptFile() throws IOException {
        clippings = Files.createDirectories(temp.resolve("clippings"));
        try (Stream<Path> samples = Files.list(Samples.root().resolve("samples"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, clippings.resolve(sample.getFileName()));
            }
        }
        // A PNG header and zeros: what a mis-named image in a clippings folder looks like.
        byte[] image = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, image, 0, 8);
        Files.write(clippings.resolve(CORRUPT), image);

        spark = SparkSession.builder().master("local[2]").appName("clipfacts-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        output = temp.resolve("out");
        summary = ExtractJob.run(spark, new JobSettings(clippings.toString(), output.toString(), FactKind.ALL, null,
                ClippingReader.DEFAULT_MAX_CHARS, Duration.ofSeconds(120), 3, true, true));
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void documentsEqualTheCommandLinesJsonLinesFactForFact() {
        CliRun cli = CliRun.of("extract", clippings.toString(), "--format", "jsonl", "--quiet");
        Map<String, JsonNode> expected = byFileName(cli.out().lines().toList());
        expected.remove(CORRUPT);
        Map<String, JsonNode> fromSpark = byFileName(lines(output.resolve(ExtractJob.DOCUMENTS)));

        assertEquals(5, expected.size());
        assertEquals(expected.keySet(), fromSpark.keySet());
        for (String file : expected.keySet()) {
            for (String field : List.of("sha256", "article", "people", "dates", "charges", "quotes", "warnings")) {
                assertEquals(expected.get(file).get(field), fromSpark.get(file).get(field), file + ": " + field);
            }
            assertEquals(withoutSource(expected.get(file)), withoutSource(fromSpark.get(file)), file);
        }
        assertEquals(5, summary.documents());
    }

    @Test
    void aCorruptClippingIsAnErrorLineWithTheCommandLinesReason() throws IOException {
        List<String> errors = lines(output.resolve(ExtractJob.ERRORS));
        assertEquals(1, errors.size());
        JsonNode error = Json.MAPPER.readTree(errors.get(0));
        assertTrue(error.get("source").asText().endsWith("/" + CORRUPT), error.toString());
        CliRun cli = CliRun.of("extract", clippings.resolve(CORRUPT).toString(), "--format", "jsonl");
        assertEquals(1, cli.exitCode());
        assertEquals("clipfacts: " + clippings.resolve(CORRUPT) + ": " + error.get("error").asText(), cli.err().strip());
        assertEquals(1, summary.errors());
    }

    @Test
    void thePeopleIndexHasOneEntryPerPersonAcrossTheDocuments() throws IOException {
        List<String> entries = lines(output.resolve(ExtractJob.PEOPLE_INDEX));
        JsonNode first = Json.MAPPER.readTree(entries.get(0));
        assertEquals("julian-assange", first.get("id").asText());
        assertEquals(5, first.get("articles").size());
        assertTrue(first.get("articles").get(0).get("source").asText().startsWith("file:"), first.toString());
        assertTrue(entries.stream().noneMatch(entry -> entry.contains("\"id\":\"trump\",\"name\"")), "Trump joins Donald Trump");
    }

    @Test
    void eachExecutorLoadsThePipelineOnce() {
        assertEquals(Map.of("driver", 1), summary.pipelineLoads());
    }

    @Test
    void parquetHoldsTheSameDocuments() {
        Dataset<Row> documents = spark.read().parquet(output.resolve(ExtractJob.PARQUET).toString());
        assertEquals(5, documents.count());
        assertTrue(List.of(documents.columns()).containsAll(List.of("source", "sha256", "article", "people", "dates",
                "charges", "quotes", "warnings")), String.join(",", documents.columns()));
        long quotes = documents.selectExpr("sum(size(quotes))").first().getLong(0);
        long expected = fileNames().stream().filter(name -> !name.equals(CORRUPT))
                .mapToLong(name -> Samples.extracted(name.substring(0, 3)).quotes().size()).sum();
        assertEquals(expected, quotes);
    }

    @Test
    void aClippingPastTheTimeLimitIsAnErrorLineAndItsTaskGoesOn() throws IOException {
        Path slow = Files.createDirectories(temp.resolve("slow"));
        Files.writeString(slow.resolve("long.txt"), Files.readString(Samples.path("000")).repeat(40));
        // Short, so that it finishes well within the limit even on a loaded machine with a cold JIT.
        Files.writeString(slow.resolve("short.txt"), "Talks\n\nJoe Biden met Angela Merkel in Berlin on Monday.\n");
        Path slowOutput = temp.resolve("slow-out");
        ExtractJob.Summary slowRun = ExtractJob.run(spark, new JobSettings(slow.toString(), slowOutput.toString(), FactKind.ALL,
                null, ClippingReader.DEFAULT_MAX_CHARS, Duration.ofSeconds(1), 1, false, false));

        assertEquals(1, slowRun.documents());
        List<String> errors = lines(slowOutput.resolve(ExtractJob.ERRORS));
        assertEquals(1, errors.size());
        JsonNode error = Json.MAPPER.readTree(errors.get(0));
        assertTrue(error.get("source").asText().endsWith("/long.txt"), error.toString());
        assertEquals("took longer than --timeout-per-file 1 s: abandoned", error.get("error").asText());
    }

    private static List<String> fileNames() {
        try (Stream<Path> files = Files.list(clippings)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of the part files Spark wrote in a directory. */
    private static List<String> lines(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith("part-")).sorted()
                    .flatMap(file -> {
                        try {
                            return Files.readAllLines(file).stream();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, JsonNode> byFileName(List<String> jsonLines) {
        Map<String, JsonNode> documents = new TreeMap<>();
        for (String line : jsonLines) {
            try {
                JsonNode document = Json.MAPPER.readTree(line);
                documents.put(Path.of(document.get("source").asText().replaceFirst("^file:", "")).getFileName().toString(), document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    private static JsonNode withoutSource(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("source");
        return copy;
    }
}
