package org.clipfacts.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.clipfacts.corpus.ClippingProcessor.Outcome;
import org.clipfacts.corpus.Processor;
import org.clipfacts.input.ToolVersion;
import org.clipfacts.model.FactKind;
import org.clipfacts.output.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One loaded pipeline behind a small HTTP API (the JDK's own server): {@code POST /extract} takes a
 * clipping's bytes and answers with its document, exactly as {@code extract} writes it; {@code GET /health}
 * says the server is up and what it extracts. Each clipping goes through the same {@link Processor} as on
 * the command line, so the answer and the reason for a refusal are the same.
 *
 * <p>Bounds: a body of more than {@link #maxBodyBytes} bytes is refused unread (413); at most
 * {@code threads} clippings are processed at once and {@code queue} more wait, anything past that is
 * turned away at once (429); a clipping that takes longer than the time limit is abandoned (504) and its
 * worker interrupted, as {@code --timeout-per-file} does; a client that has not sent its whole request
 * within {@link #REQUEST_SECONDS} is cut off unanswered, so stalled uploads cannot hold the handlers.
 */
public final class ExtractServer implements AutoCloseable {
    /** Status of a clipping that cannot be read: empty, binary, too long in characters. */
    public static final int UNREADABLE = 422;
    public static final int TOO_LARGE = 413;
    public static final int BUSY = 429;
    public static final int TOOK_TOO_LONG = 504;
    public static final int STOPPING = 503;
    /**
     * Seconds a client has to send its whole request, headers and body. The JDK's server closes a connection
     * still sending after that; it reads the limit once per process, from this system property (which a
     * user may set).
     */
    public static final int REQUEST_SECONDS = 30;
    static final String REQUEST_SECONDS_PROPERTY = "sun.net.httpserver.maxReqTime";
    private static final long START_POLL_MILLIS = 200;
    private static final long STOP_POLL_MILLIS = 50;
    private static final long STOP_GRACE_NANOS = 1_000_000_000L;

    /** Makes the processor for one request's facts and reference date (null: the clipping's own). */
    public interface Processors {
        Processor forRequest(Set<FactKind> facts, LocalDate referenceDate);
    }

    /**
     * {@code facts} are those loaded, a request may ask for some of them; {@code referenceDate} is the
     * default for requests that give none (null: the clipping's own).
     */
    public record Settings(InetSocketAddress address, Set<FactKind> facts, LocalDate referenceDate, int maxChars,
                           Duration timeLimit, int threads, int queue) {
        public Settings {
            facts = Set.copyOf(facts);
            threads = Math.max(1, threads);
            queue = Math.max(0, queue);
        }

        /** Bytes no text of {@code maxChars} characters can exceed (4 bytes per character in UTF-8, and a BOM). */
        long maxBodyBytes() {
            return 4L * maxChars + 4;
        }
    }

    private final Settings settings;
    private final Processors processors;
    private final HttpServer http;
    private final ExecutorService handlers;
    private final ExecutorService workers;
    private final Semaphore admitted;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger answering = new AtomicInteger();
    private volatile boolean stopping;

    private ExtractServer(Settings settings, Processors processors) throws IOException {
        this.settings = settings;
        this.processors = processors;
        this.admitted = new Semaphore(settings.threads() + settings.queue());
        this.workers = Executors.newFixedThreadPool(settings.threads(), daemon("clipfacts-server-worker"));
        // Enough handlers for every admitted request and a few more, so that a refusal or /health never waits.
        this.handlers = Executors.newFixedThreadPool(settings.threads() + settings.queue() + 4, daemon("clipfacts-server-http"));
        System.getProperties().putIfAbsent(REQUEST_SECONDS_PROPERTY, String.valueOf(REQUEST_SECONDS));
        this.http = HttpServer.create(settings.address(), 0);
        http.setExecutor(handlers);
        http.createContext("/extract", this::extract);
        http.createContext("/health", this::health);
        http.createContext("/", ExtractServer::notFound);
    }

    public static ExtractServer start(Settings settings, Processors processors) throws IOException {
        ExtractServer server = new ExtractServer(settings, processors);
        server.http.start();
        return server;
    }

    public InetSocketAddress address() {
        return http.getAddress();
    }

    /**
     * Stops taking connections, lets the requests under way finish (up to the time limit) and ends the
     * workers. Safe to call more than once.
     */
    @Override
    public void close() {
        stopping = true;
        // The JDK's own stop(delay) waits the whole delay even when nothing is under way (before JDK 21).
        long deadline = System.nanoTime() + settings.timeLimit().toNanos() + STOP_GRACE_NANOS;
        try {
            while (answering.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(STOP_POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        workers.shutdownNow();
        handlers.shutdownNow();
    }

    private void health(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/health")) {
            notFound(exchange);
            return;
        }
        if (!exchange.getRequestMethod().equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            respond(exchange, 405, error("-", "use GET /health"));
            return;
        }
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", stopping ? "stopping" : "ok");
        health.put("version", ToolVersion.current());
        health.put("facts", settings.facts().stream().map(FactKind::label).sorted().toList());
        health.put("threads", settings.threads());
        health.put("running", running.get());
        health.put("maxChars", settings.maxChars());
        respond(exchange, 200, Json.MAPPER.writeValueAsBytes(health));
    }

    private void extract(HttpExchange exchange) throws IOException {
        answering.incrementAndGet();
        try {
            answer(exchange);
        } finally {
            answering.decrementAndGet();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String source = query.getOrDefault("source", "-");
        if (!exchange.getRequestURI().getPath().equals("/extract")) {
            notFound(exchange);
            return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            respond(exchange, 405, error(source, "use POST /extract with the clipping as the body"));
            return;
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && parsedLength(length) > settings.maxBodyBytes()) {
            // Refused unread: the connection cannot carry another request after a body nobody read.
            exchange.getResponseHeaders().set("Connection", "close");
            respond(exchange, TOO_LARGE, tooLarge(source));
            return;
        }
        // Read before any other refusal, so that the connection is ready for the client's next request.
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBodyBytes() + 1));
        }
        if (body.length > settings.maxBodyBytes()) {
            exchange.getResponseHeaders().set("Connection", "close");
            respond(exchange, TOO_LARGE, tooLarge(source));
            return;
        }
        Set<FactKind> facts;
        LocalDate date;
        try {
            facts = facts(query.get("facts"));
            date = query.containsKey("date") ? LocalDate.parse(query.get("date")) : settings.referenceDate();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            respond(exchange, 400, error(source, e instanceof DateTimeParseException
                    ? "date '" + query.get("date") + "' is not of the form YYYY-MM-DD" : e.getMessage()));
            return;
        }
        if (stopping) {
            respond(exchange, STOPPING, error(source, "the server is stopping"));
            return;
        }
        if (!admitted.tryAcquire()) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            respond(exchange, BUSY, error(source, "busy: " + settings.threads() + " clippings running and "
                    + settings.queue() + " waiting; try again"));
            return;
        }
        Reply reply = process(processors.forRequest(facts, date), source, body);
        respond(exchange, reply.status(), reply.outcome().succeeded() ? Json.MAPPER.writeValueAsBytes(reply.outcome().document())
                : error(source, reply.outcome().failure()));
    }

    /** A clipping's outcome and the status it is answered with. */
    private record Reply(int status, Outcome outcome) {
        static Reply of(Outcome outcome) {
            if (outcome.succeeded()) {
                return new Reply(200, outcome);
            }
            // A clipping refused as unreadable has no cause; an extraction that failed inside has one.
            return new Reply(outcome.cause() == null ? UNREADABLE : 500, outcome);
        }

        static Reply stopping(String source) {
            return new Reply(STOPPING, Outcome.failed(source, "the server is stopping"));
        }
    }

    /**
     * Runs the clipping on a worker; the time limit counts from when a worker takes it up, as for
     * {@code --timeout-per-file}, and the permit is given back only when the worker is free again.
     */
    private Reply process(Processor processor, String source, byte[] body) {
        CountDownLatch started = new CountDownLatch(1);
        Future<Outcome> outcome;
        try {
            outcome = workers.submit(() -> {
                started.countDown();
                running.incrementAndGet();
                try {
                    return processor.process(source, () -> body);
                } finally {
                    running.decrementAndGet();
                    admitted.release();
                }
            });
        } catch (RejectedExecutionException stopped) {
            admitted.release();
            return Reply.stopping(source);
        }
        try {
            while (!started.await(START_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopping && outcome.cancel(false)) {
                    admitted.release();
                    return Reply.stopping(source);
                }
            }
            return Reply.of(outcome.get(settings.timeLimit().toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            outcome.cancel(true);
            return new Reply(TOOK_TOO_LONG, Outcome.tookTooLong(source, settings.timeLimit()));
        } catch (InterruptedException e) {
            outcome.cancel(true);
            Thread.currentThread().interrupt();
            return Reply.stopping(source);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside its clipping", e.getCause());
        }
    }

    private Set<FactKind> facts(String requested) {
        if (requested == null || requested.isBlank()) {
            return settings.facts();
        }
        Set<FactKind> facts = FactKind.setOf(Set.of());
        for (String label : requested.split(",")) {
            facts.add(FactKind.fromLabel(label.trim()));
        }
        if (!settings.facts().containsAll(facts)) {
            throw new IllegalArgumentException("facts " + requested + " are not all loaded: this server extracts "
                    + settings.facts().stream().map(FactKind::label).sorted().toList());
        }
        return facts;
    }

    private byte[] tooLarge(String source) throws IOException {
        return error(source, "too large: more than " + settings.maxBodyBytes() + " bytes cannot be --max-chars "
                + settings.maxChars() + " characters");
    }

    private static long parsedLength(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** The body of every refusal: the clipping's source and the one-line reason the command line prints. */
    static byte[] error(String source, String reason) throws IOException {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("source", source);
        error.put("error", reason);
        return Json.MAPPER.writeValueAsBytes(error);
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        respond(exchange, 404, error("-", "no such endpoint: use POST /extract or GET /health"));
    }

    private static void respond(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
