package org.clipfacts.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.clipfacts.CliRun;
import org.clipfacts.Samples;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.corpus.ClippingProcessor;
import org.clipfacts.corpus.ClippingProcessor.Outcome;
import org.clipfacts.corpus.Processor;
import org.clipfacts.extract.Extraction;
import org.clipfacts.model.FactKind;
import org.clipfacts.output.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Servers on 127.0.0.1 and a free port, each test bounded in time. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ExtractServerTest {
    private static final int MAX_CHARS = 20_000;
    private static final String SAMPLES = Samples.root().resolve("samples").toString();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Seconds a client has to send its request here; set before the first server, as the JDK reads it once. */
    private static final int REQUEST_SECONDS = 3;
    private static Extraction extraction;
    private static ExtractServer server;

    static {
        System.setProperty(ExtractServer.REQUEST_SECONDS_PROPERTY, String.valueOf(REQUEST_SECONDS));
    }

    @TempDir
    Path temp;

    @BeforeAll
    static void start() throws IOException {
        extraction = new Extraction(FactKind.ALL);
        server = start(settings(Duration.ofSeconds(120), 2, 4), ExtractServerTest::processor);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ExtractServer.Settings settings(Duration timeLimit, int threads, int queue) {
        return new ExtractServer.Settings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), FactKind.ALL, null,
                MAX_CHARS, timeLimit, threads, queue);
    }

    private static ExtractServer start(ExtractServer.Settings settings, ExtractServer.Processors processors) throws IOException {
        return ExtractServer.start(settings, processors);
    }

    private static Processor processor(Set<FactKind> facts, LocalDate referenceDate) {
        return new ClippingProcessor(new ClippingReader(MAX_CHARS), facts, referenceDate, null, () -> extraction.only(facts));
    }

    /** A request that fails the test rather than hang it when the server does not answer. */
    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120));
    }

    private static URI uri(ExtractServer server, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery);
    }

    private static HttpResponse<String> post(ExtractServer server, String pathAndQuery, byte[] body) throws IOException, InterruptedException {
        return CLIENT.send(request(uri(server, pathAndQuery)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String error(HttpResponse<String> response) throws IOException {
        return Json.MAPPER.readTree(response.body()).get("error").asText();
    }

    private static void assertStillServes(ExtractServer server) throws Exception {
        HttpResponse<String> response = post(server, "/extract?facts=dates", "Paris, March 3, 2021 -- It rained on Tuesday.".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("2021-03-03", Json.MAPPER.readTree(response.body()).at("/dates/0/value").asText());
    }

    @Test
    void theAnswerForEachSampleIsTheDocumentExtractWrites() throws Exception {
        CliRun local = CliRun.of("extract", SAMPLES, "--format", "jsonl");
        assertEquals(0, local.exitCode(), local.err());
        for (String line : local.out().lines().toList()) {
            JsonNode expected = Json.MAPPER.readTree(line);
            String source = expected.get("source").asText();
            HttpResponse<String> response = post(server, "/extract?source=" + java.net.URLEncoder.encode(source, StandardCharsets.UTF_8),
                    Files.readAllBytes(Path.of(source)));
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(line, response.body(), source);
        }
    }

    @Test
    void someOfTheLoadedFactsAndAReferenceDateAreTheSameAsExtractGives() throws Exception {
        CliRun local = CliRun.of("extract", Samples.path("004").toString(), "--format", "jsonl", "--facts", "dates,people", "--date", "2019-05-23");
        assertEquals(0, local.exitCode(), local.err());
        HttpResponse<String> response = post(server, "/extract?facts=people,dates&date=2019-05-23&source="
                + java.net.URLEncoder.encode(Samples.path("004").toString(), StandardCharsets.UTF_8), Files.readAllBytes(Samples.path("004")));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(local.out().strip(), response.body());
    }

    @Test
    void healthSaysWhatIsLoaded() throws Exception {
        HttpResponse<String> response = CLIENT.send(request(uri(server, "/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonNode health = Json.MAPPER.readTree(response.body());
        assertEquals("ok", health.get("status").asText());
        assertEquals(4, health.get("facts").size());
    }

    @Test
    void oversizeBinaryAndBadRequestsGetTheirStatusAndTheServerGoesOn() throws Exception {
        HttpResponse<String> tooLarge = post(server, "/extract?source=big.txt", "word ".repeat(MAX_CHARS).getBytes(StandardCharsets.UTF_8));
        assertEquals(ExtractServer.TOO_LARGE, tooLarge.statusCode());
        assertTrue(error(tooLarge).startsWith("too large"), tooLarge.body());
        assertStillServes(server);

        HttpResponse<String> tooLong = post(server, "/extract?source=long.txt", "x".repeat(MAX_CHARS + 1).getBytes(StandardCharsets.UTF_8));
        assertEquals(ExtractServer.UNREADABLE, tooLong.statusCode());
        assertEquals("too long: " + (MAX_CHARS + 1) + " characters, more than --max-chars " + MAX_CHARS, error(tooLong));
        assertStillServes(server);

        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        HttpResponse<String> notText = post(server, "/extract?source=photo.jpg", binary);
        assertEquals(ExtractServer.UNREADABLE, notText.statusCode());
        assertEquals("photo.jpg", Json.MAPPER.readTree(notText.body()).get("source").asText());
        assertEquals("binary file, not text", error(notText));
        assertStillServes(server);

        assertEquals(400, post(server, "/extract?date=yesterday", new byte[] {'a'}).statusCode());
        assertEquals(404, post(server, "/nothing", new byte[] {'a'}).statusCode());
        assertEquals(405, CLIENT.send(request(uri(server, "/extract")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertStillServes(server);
    }

    @Test
    void aClientThatStallsItsUploadIsCutOffAndTheServerGoesOn() throws Exception {
        try (Socket stalled = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            stalled.setSoTimeout((int) Duration.ofMinutes(1).toMillis());
            OutputStream out = stalled.getOutputStream();
            out.write("POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nThe first words of a story"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertStillServes(server);
            long started = System.nanoTime();
            assertTrue(closedUnanswered(stalled), "a stalled upload gets no answer");
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(REQUEST_SECONDS + 20).toNanos());
        }
        assertStillServes(server);
    }

    /** Whether the server closes the connection without a byte of answer (a reset counts as closed). */
    private static boolean closedUnanswered(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }

    @Test
    void factsNotLoadedAreRefused() throws Exception {
        try (ExtractServer datesOnly = start(new ExtractServer.Settings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Set.of(FactKind.DATES), null, MAX_CHARS, Duration.ofSeconds(60), 1, 1), ExtractServerTest::processor)) {
            HttpResponse<String> response = post(datesOnly, "/extract?facts=quotes", "He said \"no\".".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, response.statusCode());
            assertTrue(error(response).contains("not all loaded"), response.body());
            assertStillServes(datesOnly);
        }
    }

    /** A processor that takes as long as it is let, for clippings that say "slow". */
    private static ExtractServer.Processors slowWhenAsked() {
        return (facts, date) -> new SlowWhenAsked(processor(facts, date));
    }

    private record SlowWhenAsked(Processor real) implements Processor {
        @Override
        public Outcome process(String source, ClippingProcessor.Bytes bytes) {
            return process(source, bytes, null);
        }

        @Override
        public Outcome process(String source, ClippingProcessor.Bytes bytes, LocalDate referenceDate) {
            try {
                if (new String(bytes.read(), StandardCharsets.UTF_8).startsWith("slow")) {
                    Thread.sleep(Duration.ofMinutes(1).toMillis());
                }
            } catch (InterruptedException abandoned) {
                Thread.currentThread().interrupt();
                return Outcome.failed(source, "interrupted");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return real.process(source, bytes, referenceDate);
        }
    }

    @Test
    void aSlowClippingIsAbandonedAtTheTimeLimitAndTheWorkerFreed() throws Exception {
        try (ExtractServer limited = start(settings(Duration.ofSeconds(1), 1, 0), slowWhenAsked())) {
            long started = System.nanoTime();
            HttpResponse<String> slow = post(limited, "/extract?source=slow.txt", "slow story".getBytes(StandardCharsets.UTF_8));
            assertEquals(ExtractServer.TOOK_TOO_LONG, slow.statusCode());
            assertEquals("took longer than --timeout-per-file 1 s: abandoned", error(slow));
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(20).toNanos());
            assertStillServes(limited);
        }
    }

    @Test
    void requestsPastTheWorkersAndTheQueueAreTurnedAway() throws Exception {
        try (ExtractServer small = start(settings(Duration.ofSeconds(3), 1, 0), slowWhenAsked())) {
            CompletableFuture<HttpResponse<String>> holding = CompletableFuture.supplyAsync(() -> {
                try {
                    return post(small, "/extract", "slow story".getBytes(StandardCharsets.UTF_8));
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            while (Json.MAPPER.readTree(CLIENT.send(request(uri(small, "/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("running").asInt() == 0) {
                Thread.sleep(20);
            }
            HttpResponse<String> turnedAway = post(small, "/extract", "Paris, March 3, 2021 -- Rain.".getBytes(StandardCharsets.UTF_8));
            assertEquals(ExtractServer.BUSY, turnedAway.statusCode(), turnedAway.body());
            assertEquals("1", turnedAway.headers().firstValue("Retry-After").orElse(""));
            assertEquals(ExtractServer.TOOK_TOO_LONG, holding.get(1, TimeUnit.MINUTES).statusCode());
            assertStillServes(small);
        }
    }

    @Test
    void aClosedServerTakesNoMoreConnections() throws Exception {
        ExtractServer closing = start(settings(Duration.ofSeconds(5), 1, 1), ExtractServerTest::processor);
        assertStillServes(closing);
        long started = System.nanoTime();
        closing.close();
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(3).toNanos(), "an idle server stops at once");
        assertThrows(ConnectException.class, () -> post(closing, "/extract", new byte[] {'a'}));
    }

    @Test
    void extractWithServerWritesWhatALocalRunWrites() throws Exception {
        Path inputs = Files.createDirectories(temp.resolve("inputs"));
        for (String prefix : java.util.List.of("003")) {
            Files.copy(Samples.path(prefix), inputs.resolve(Samples.path(prefix).getFileName()));
        }
        Files.write(inputs.resolve("image.txt"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0, 1, 2, 0, 0});
        Files.writeString(inputs.resolve("empty.txt"), "");
        String url = "http://127.0.0.1:" + server.address().getPort();
        for (String format : java.util.List.of("json", "csv")) {
            CliRun local = CliRun.of("extract", inputs.toString(), "--format", format, "--date", "2021-06-22");
            CliRun remote = CliRun.of("extract", inputs.toString(), "--format", format, "--date", "2021-06-22", "--server", url);
            assertEquals(1, local.exitCode(), local.err());
            assertEquals(local.exitCode(), remote.exitCode(), remote.err());
            assertEquals(local.out(), remote.out(), format);
            assertEquals(local.err(), remote.err(), format);
        }
    }

    @Test
    void extractWithAServerThatCannotBeReachedSaysSoOnce() {
        CliRun run = CliRun.of("extract", SAMPLES, "--server", "http://127.0.0.1:1");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("clipfacts: --server: cannot reach server http://127.0.0.1:1"), run.err());
    }
}
