package org.clipfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clipfacts.CliRun;
import org.clipfacts.Samples;
import org.clipfacts.output.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and pathological clippings, made here rather than committed: each gives its documented stderr
 * line or warning, nothing hangs or crashes, and the good clipping's facts are those of a run without them.
 */
class HostileInputTest {
    @TempDir
    static Path corpus;

    private static Path good;

    @BeforeAll
    static void writeHostileCorpus() throws IOException, InterruptedException {
        good = Files.copy(Samples.path("001"), corpus.resolve("good.txt"));
        Files.writeString(corpus.resolve("quotes.txt"), "Title\n\n" + "He said \"yes\" and \"no\" ".repeat(25_000));
        Files.writeString(corpus.resolve("one-line.txt"), "word ".repeat(200_000));
        Files.writeString(corpus.resolve("five-megabytes.txt"), "x".repeat(5 * 1024 * 1024));
        Files.writeString(corpus.resolve("crlf.txt"), "Summit\r\n\r\nJoe Biden met Angela Merkel in Berlin on Monday.\nMerkel said: \"We agree.\"\r\n");
        Files.write(corpus.resolve("bom-utf8.txt"), bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Visit\n\nJoe Biden spoke on Tuesday.\n", StandardCharsets.UTF_8));
        Files.write(corpus.resolve("bom-utf16le.txt"), bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Visit\n\nJoe Biden spoke on Tuesday.\n", StandardCharsets.UTF_16LE));
        Files.write(corpus.resolve("bom-utf16be.txt"), bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Visit\n\nJoe Biden spoke on Tuesday.\n", StandardCharsets.UTF_16BE));
        Files.write(corpus.resolve("nul.txt"), "Visit\n\nJoe\0Biden\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(corpus.resolve("marks.txt"), "Talks\n\n\u200fJoe Bi\u200dden met Angela\u200d Merkel. \u202eMerkel said \"no\".\n");
        Files.createSymbolicLink(corpus.resolve("loop"), corpus);
        new ProcessBuilder("mkfifo", corpus.resolve("fifo.txt").toString()).start().waitFor();
    }

    private static byte[] bytes(byte[] bom, String text, java.nio.charset.Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = java.util.Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void everyHostileFileIsNamedAndTheGoodOnesAreComplete() throws IOException {
        CliRun run = CliRun.of("extract", corpus.toString(), corpus.resolve("fifo.txt").toString(), "--format", "jsonl");
        assertEquals(1, run.exitCode());
        List<String> errors = run.err().lines().toList();
        assertTrue(errors.contains("clipfacts: " + corpus.resolve("five-megabytes.txt") + ": too long: 5242880 characters, more than --max-chars 2000000"), run.err());
        assertTrue(errors.contains("clipfacts: " + corpus.resolve("nul.txt") + ": binary file, not text"), run.err());
        assertTrue(errors.contains("clipfacts: " + corpus.resolve("loop") + ": symbolic link loop: skipped"), run.err());
        assertTrue(errors.contains("clipfacts: " + corpus.resolve("fifo.txt") + ": not a regular file (a device, FIFO or socket): skipped"), run.err());
        assertTrue(errors.contains("clipfacts: " + corpus.resolve("one-line.txt")
                + ": warning: 1 sentence(s) longer than 250 tokens were not tagged, parsed or searched for dates"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());

        List<JsonNode> documents = run.out().lines().map(HostileInputTest::json).toList();
        JsonNode goodDocument = documents.stream().filter(d -> d.get("source").asText().equals(good.toString())).findFirst().orElseThrow();
        CliRun alone = CliRun.of("extract", good.toString(), "--format", "jsonl");
        assertEquals(json(alone.out().strip()), goodDocument, "the good clipping's facts do not depend on its neighbours");

        JsonNode quotes = documents.stream().filter(d -> d.get("source").asText().endsWith("quotes.txt")).findFirst().orElseThrow();
        assertEquals(50_000, quotes.get("quotes").size());
        for (String bom : List.of("bom-utf8.txt", "bom-utf16le.txt", "bom-utf16be.txt")) {
            JsonNode document = documents.stream().filter(d -> d.get("source").asText().endsWith(bom)).findFirst().orElseThrow();
            assertEquals("joe-biden", document.get("people").get(0).get("id").asText(), bom);
            assertEquals(0, document.get("people").get(0).get("mentions").get(0).get("start").asInt() - "Visit\n\n".length(), "BOM dropped: " + bom);
        }
    }

    private static JsonNode json(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aClippingOverTheTimeLimitIsAbandonedAndTheRunGoesOn() throws IOException {
        Path slow = Files.writeString(corpus.resolve("slow.clip"), Files.readString(Samples.path("000")).repeat(60));
        // Short, so that it finishes well within the limit even on a loaded machine with a cold JIT.
        Path next = Files.writeString(corpus.resolve("next.clip"), "Talks\n\nJoe Biden met Angela Merkel in Berlin on Monday.\n");
        CliRun run = CliRun.of("extract", slow.toString(), next.toString(), "--timeout-per-file", "1", "--threads", "1", "--format", "jsonl");
        assertEquals(1, run.exitCode());
        assertEquals(List.of("clipfacts: " + slow + ": took longer than --timeout-per-file 1 s: abandoned"), run.err().lines().toList());
        assertEquals(next.toString(), json(run.out().strip()).get("source").asText());
    }

    @Test
    void aClosedPipeEndsTheRunQuietly() {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("Broken pipe");
                }
            }, true));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.commandLine().execute("extract", Samples.root().resolve("samples").toString(), "--facts", "people", "--format", "jsonl");
            assertEquals(141, status);
            assertEquals("", err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
