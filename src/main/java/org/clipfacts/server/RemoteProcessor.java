package org.clipfacts.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.clipfacts.corpus.ClippingProcessor;
import org.clipfacts.corpus.ClippingProcessor.Bytes;
import org.clipfacts.corpus.ClippingProcessor.Outcome;
import org.clipfacts.corpus.Processor;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;
import org.clipfacts.output.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sends each clipping to a running {@code clipfacts serve} and gives back its answer as the outcome a local
 * run has: the same document, or the same one-line reason it has none. The clipping is read here, so a
 * file that cannot be read fails as it does locally.
 */
public final class RemoteProcessor implements Processor {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final URI server;
    private final Set<FactKind> facts;
    private final LocalDate referenceDate;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).build();

    /** {@code referenceDate} may be null: the clipping's own. */
    public RemoteProcessor(URI server, Set<FactKind> facts, LocalDate referenceDate) {
        this.server = server;
        this.facts = FactKind.setOf(facts);
        this.referenceDate = referenceDate;
    }

    /** Fails with one line when the server cannot be reached or does not extract these facts. */
    public void checkServer() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/health")).GET().timeout(CONNECT_TIMEOUT).build();
        JsonNode health;
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("server " + server + " answers /health with status " + response.statusCode());
            }
            health = Json.MAPPER.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IOException e) {
            throw new IOException("cannot reach server " + server + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        List<String> loaded = new ArrayList<>();
        health.path("facts").forEach(label -> loaded.add(label.asText()));
        for (FactKind kind : facts) {
            if (!loaded.contains(kind.label())) {
                throw new IOException("server " + server + " does not extract " + kind.label() + " (it extracts " + loaded + ")");
            }
        }
    }

    @Override
    public Outcome process(String source, Bytes bytes) {
        return process(source, bytes, referenceDate);
    }

    @Override
    public Outcome process(String source, Bytes bytes, LocalDate referenceDate) {
        byte[] content;
        try {
            content = bytes.read();
        } catch (IOException | RuntimeException e) {
            return ClippingProcessor.cannotRead(source, e);
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(extractUri(source, referenceDate))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                return new Outcome(source, Json.MAPPER.readValue(response.body(), Document.class), null, null);
            }
            String reason = Json.MAPPER.readTree(response.body()).path("error").asText("status " + response.statusCode());
            return Outcome.failed(source, reason);
        } catch (InterruptedException e) {
            // The run's time limit for this clipping is up: the run reports it.
            Thread.currentThread().interrupt();
            return Outcome.failed(source, "interrupted");
        } catch (IOException e) {
            return new Outcome(source, null, "server " + server + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private URI extractUri(String source, LocalDate referenceDate) {
        StringBuilder query = new StringBuilder("source=").append(URLEncoder.encode(source, StandardCharsets.UTF_8));
        query.append("&facts=").append(String.join(",", facts.stream().map(FactKind::label).toList()));
        if (referenceDate != null) {
            query.append("&date=").append(referenceDate);
        }
        return server.resolve("/extract?" + query);
    }
}
