package org.clipfacts.corpus;

import org.clipfacts.article.ClippingReader;
import org.clipfacts.input.ToolVersion;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;
import org.clipfacts.output.Json;
import org.clipfacts.output.OutputFailedException;
import org.clipfacts.output.OutputTarget;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Extraction results on disk, keyed by the clipping's SHA-256, the tool version and the options that
 * change output, so a re-run over unchanged clippings does no NLP work. An entry is written beside its
 * place and moved in whole; it carries its key and a checksum of the document, and one that does not
 * match (torn, corrupt, from another version) is ignored and replaced, never served.
 *
 * <p>Layout: {@code DIR/ab/abcdef....json}, one file per entry. Clearing the cache is deleting DIR.
 */
public final class ResultCache {
    private static final String HEADER_KEY = "key";
    private static final String HEADER_CHECKSUM = "sha256";

    private final Path directory;
    private final AtomicReference<OutputFailedException> writeFailure = new AtomicReference<>();

    public ResultCache(Path directory) {
        this.directory = directory;
    }

    /** What, besides the clipping itself, decides its document: part of every entry's key. */
    public static String options(Set<FactKind> facts, LocalDate referenceDate) {
        return "facts=" + facts.stream().map(FactKind::label).sorted().toList() + " date=" + referenceDate;
    }

    /** {@code options} as {@link #options} gives them for the run that asks. */
    public Optional<Document> get(String clippingSha256, String options) {
        String key = key(clippingSha256, options);
        Path entry = entryPath(key);
        try {
            byte[] bytes = Files.readAllBytes(entry);
            int newline = indexOf(bytes, (byte) '\n');
            if (newline < 0) {
                return Optional.empty();
            }
            var header = Json.MAPPER.readTree(Arrays.copyOfRange(bytes, 0, newline));
            byte[] document = Arrays.copyOfRange(bytes, newline + 1, bytes.length);
            boolean intact = key.equals(header.path(HEADER_KEY).asText())
                    && ClippingReader.sha256(document).equals(header.path(HEADER_CHECKSUM).asText());
            return intact ? Optional.of(Json.MAPPER.readValue(document, Document.class)) : Optional.empty();
        } catch (IOException | RuntimeException unusable) {
            return Optional.empty();
        }
    }

    /**
     * Keeps the document. An entry that cannot be written (a full disk, a read-only directory) does not
     * fail the clipping, whose document is fine: caching stops, and {@link #writeFailure} says why.
     */
    public void put(String clippingSha256, String options, Document document) {
        if (writeFailure.get() != null) {
            return;
        }
        String key = key(clippingSha256, options);
        Path entry = entryPath(key);
        Path part = null;
        try {
            Files.createDirectories(entry.getParent());
            byte[] body = Json.MAPPER.writeValueAsBytes(document);
            var header = Json.MAPPER.createObjectNode().put(HEADER_KEY, key).put(HEADER_CHECKSUM, ClippingReader.sha256(body));
            part = OutputTarget.createPartFile(entry, ".entry-");
            Files.write(part, concat(Json.MAPPER.writeValueAsBytes(header), body));
            OutputTarget.moveIntoPlace(part, entry);
        } catch (IOException e) {
            writeFailure.compareAndSet(null, OutputFailedException.of(directory.toString(), e));
        } finally {
            deletePart(part);
        }
    }

    /** The first entry that could not be written, if one could not: every later one was skipped. */
    public Optional<OutputFailedException> writeFailure() {
        return Optional.ofNullable(writeFailure.get());
    }

    private static void deletePart(Path part) {
        if (part == null) {
            return;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException leftBehind) {
            // a stray .part file is ignored by every lookup
        }
    }

    private static String key(String clippingSha256, String options) {
        return "clipfacts " + ToolVersion.current() + "\n" + options + "\n" + clippingSha256;
    }

    private Path entryPath(String key) {
        String name = ClippingReader.sha256(key.getBytes(StandardCharsets.UTF_8));
        return directory.resolve(name.substring(0, 2)).resolve(name + ".json");
    }

    private static byte[] concat(byte[] header, byte[] body) {
        byte[] all = Arrays.copyOf(header, header.length + 1 + body.length);
        all[header.length] = '\n';
        System.arraycopy(body, 0, all, header.length + 1, body.length);
        return all;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
