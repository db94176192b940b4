package org.clipfacts;

import org.clipfacts.article.Article;
import org.clipfacts.article.ClippingException;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.input.Input;
import org.clipfacts.input.InputFiles;
import org.clipfacts.extract.Extraction;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The sample clippings and their extraction, done once per test run: CoreNLP loads once per process
 * (NlpPipeline caches it) and each sample is annotated once per reference date.
 */
public final class Samples {
    private static final Map<String, Document> EXTRACTED = new ConcurrentHashMap<>();
    private static Extraction extraction;

    private Samples() {
    }

    public static Path root() {
        return Path.of(System.getProperty("clipfacts.root", "."));
    }

    /** The sample whose file name starts with the prefix ("000", "004"). */
    public static Path path(String prefix) {
        try (Stream<Path> files = Files.list(root().resolve("samples"))) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample clippings as a run's inputs; any problem collecting them fails the test. */
    public static List<Input> inputs() {
        return InputFiles.collect(List.of(root().resolve("samples").toString()), InputFiles.DEFAULT_GLOB, new InputFiles.Problems() {
            @Override
            public void failed(String source, String reason) {
                throw new AssertionError(source + ": " + reason);
            }

            @Override
            public void skipped(String source, String reason) {
                throw new AssertionError(source + ": " + reason);
            }
        });
    }

    public static Article article(String prefix) {
        try {
            return new ClippingReader(ClippingReader.DEFAULT_MAX_CHARS).read(prefix, Files.readAllBytes(path(prefix)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClippingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Document extracted(String prefix) {
        return extracted(prefix, null);
    }

    public static Document extracted(String prefix, LocalDate referenceDate) {
        return EXTRACTED.computeIfAbsent(prefix + "@" + referenceDate,
                key -> extraction().extract(article(prefix), referenceDate));
    }

    /** Extracts every kind of fact from a clipping written in the test. */
    public static Document extract(String clipping) {
        try {
            return extraction().extract(new ClippingReader(ClippingReader.DEFAULT_MAX_CHARS).read("test", clipping), null);
        } catch (ClippingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Extraction extraction() {
        if (extraction == null) {
            extraction = new Extraction(FactKind.ALL);
        }
        return extraction;
    }
}
