package org.clipfacts.corpus;

import org.clipfacts.article.Article;
import org.clipfacts.article.ClippingException;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.extract.Extraction;
import org.clipfacts.model.Document;
import org.clipfacts.output.DocumentWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads, extracts and writes each input in turn. A clipping that fails is reported and skipped; the
 * others are written in full.
 */
public final class ExtractRun {
    /** Told about each input that could not be read or extracted, with a one-line reason. */
    public interface Failures {
        void failed(String source, String reason, Exception cause);
    }

    private final ClippingReader reader;
    private final Extraction extraction;
    private final LocalDate referenceDate;
    private final InputStream stdin;

    public ExtractRun(ClippingReader reader, Extraction extraction, LocalDate referenceDate, InputStream stdin) {
        this.reader = reader;
        this.extraction = extraction;
        this.referenceDate = referenceDate;
        this.stdin = stdin;
    }

    /** Writes every input that can be read; returns how many could not. */
    public int run(List<Input> inputs, DocumentWriter writer, Failures failures) throws IOException {
        int failed = 0;
        for (Input input : inputs) {
            Document document;
            try {
                document = extract(input);
            } catch (ClippingException e) {
                failures.failed(input.source(), e.getMessage(), e);
                failed++;
                continue;
            } catch (IOException | UncheckedIOException e) {
                failures.failed(input.source(), "cannot read: " + describe(e), e);
                failed++;
                continue;
            } catch (RuntimeException e) {
                failures.failed(input.source(), "extraction failed: " + describe(e), e);
                failed++;
                continue;
            }
            writer.write(document);
        }
        return failed;
    }

    public Document extract(Input input) throws IOException, ClippingException {
        Article article = reader.read(input.source(), input.readAllBytes(stdin));
        return extraction.extract(article, referenceDate);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
