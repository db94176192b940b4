package org.clipfacts.check;

import org.clipfacts.output.DocumentLines;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.model.Document;
import org.clipfacts.output.AtomicOutput;
import org.clipfacts.output.DocumentWriter;
import org.clipfacts.output.OutputFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --baseline}: the facts of an earlier run, written by {@code extract --format jsonl}, that the
 * current facts are compared with. Clippings pair up by their path as given, normalized
 * ({@code ./samples/a.txt} is {@code samples/a.txt}).
 */
public final class Baseline {
    private final Map<String, Document> bySource;

    private Baseline(Map<String, Document> bySource) {
        this.bySource = bySource;
    }

    public static Baseline of(List<Document> documents) {
        Map<String, Document> bySource = new LinkedHashMap<>();
        documents.forEach(document -> bySource.put(key(document.source()), document));
        return new Baseline(bySource);
    }

    /** The baseline in the file; an empty one when the file does not exist yet and {@code mayBeNew}. */
    public static Baseline read(Path file, boolean mayBeNew) throws InvalidInputException {
        return mayBeNew && !Files.exists(file) ? of(List.of()) : of(DocumentLines.read(file));
    }

    public Optional<Document> documentFor(String source) {
        return Optional.ofNullable(bySource.get(key(source)));
    }

    public List<Document> documents() {
        return List.copyOf(bySource.values());
    }

    /**
     * Replaces the file, in one step, with this baseline updated by the current documents: a clipping
     * checked now gets its current facts, one not checked now keeps its old ones, new ones come last.
     */
    public void update(Path file, List<Document> current) throws IOException {
        Map<String, Document> updated = new LinkedHashMap<>(bySource);
        current.forEach(document -> updated.put(key(document.source()), document));
        try (AtomicOutput output = AtomicOutput.toFile(file)) {
            DocumentWriter writer = OutputFormat.JSONL.open(output.stream(), false);
            for (Document document : updated.values()) {
                writer.write(document);
            }
            writer.finish();
            output.commit();
        }
    }

    static String key(String source) {
        try {
            return Path.of(source).normalize().toString();
        } catch (InvalidPathException notAPath) {
            return source;
        }
    }
}
