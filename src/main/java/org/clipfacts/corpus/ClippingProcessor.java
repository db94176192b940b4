package org.clipfacts.corpus;

import org.clipfacts.article.Article;
import org.clipfacts.article.ClippingException;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.extract.Extraction;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One clipping from its bytes to its document, or to the one-line reason it has none. Every front end
 * (the command line, the server, the Spark job) goes through it, so a clipping gives the same document, and the same
 * reason when it fails, wherever it is run.
 */
public final class ClippingProcessor implements Processor {
    /** Where a clipping's bytes come from; read only when the processor needs them. */
    public interface Bytes {
        byte[] read() throws IOException;
    }

    /** Either a document or a failure with its reason; {@code cause} is for --verbose and may be null. */
    public record Outcome(String source, Document document, String failure, Exception cause) {
        public static Outcome failed(String source, String failure) {
            return new Outcome(source, null, failure, null);
        }

        /** A clipping abandoned at the per-file time limit. */
        public static Outcome tookTooLong(String source, Duration limit) {
            return failed(source, "took longer than --timeout-per-file " + limit.toSeconds() + " s: abandoned");
        }

        public boolean succeeded() {
            return document != null;
        }
    }

    private final ClippingReader reader;
    private final Set<FactKind> facts;
    private final LocalDate referenceDate;
    private final ResultCache cache;
    private final Supplier<Extraction> extraction;

    /**
     * {@code cache} may be null; {@code extraction} is asked for only when a clipping needs NLP work, so a run
     * served by the cache never loads CoreNLP. {@code facts} are those {@code extraction} extracts.
     */
    public ClippingProcessor(ClippingReader reader, Set<FactKind> facts, LocalDate referenceDate, ResultCache cache,
                             Supplier<Extraction> extraction) {
        this.reader = reader;
        this.facts = Set.copyOf(facts);
        this.referenceDate = referenceDate;
        this.cache = cache;
        this.extraction = extraction;
    }

    /** Never throws, so one bad clipping cannot stop the others. */
    @Override
    public Outcome process(String source, Bytes bytes) {
        return process(source, bytes, referenceDate);
    }

    /** As {@link #process(String, Bytes)}, with this clipping's own reference date (null: what it states). */
    @Override
    public Outcome process(String source, Bytes bytes, LocalDate referenceDate) {
        try {
            byte[] content = bytes.read();
            String options = ResultCache.options(facts, referenceDate);
            if (cache != null) {
                var cached = cache.get(ClippingReader.sha256(content), options);
                if (cached.isPresent()) {
                    return new Outcome(source, cached.get().withSource(source), null, null);
                }
            }
            // Read first: a clipping refused unread (empty, binary, too long) must not wait for CoreNLP to load.
            Article article = reader.read(source, content);
            Document document = extraction.get().extract(article, referenceDate);
            if (cache != null) {
                cache.put(document.sha256(), options, document);
            }
            return new Outcome(source, document, null, null);
        } catch (ClippingException e) {
            return Outcome.failed(source, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return cannotRead(source, e);
        } catch (RuntimeException | StackOverflowError e) {
            Exception cause = e instanceof Exception exception ? exception : new IllegalStateException("stack overflow", e);
            return new Outcome(source, null, "extraction failed: " + describe(cause), cause);
        }
    }

    /** A clipping whose bytes could not be read, with the reason every front end gives. */
    public static Outcome cannotRead(String source, Exception e) {
        return new Outcome(source, null, "cannot read: " + describe(e), e);
    }

    private static String describe(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? "internal error (--verbose shows where)" : e.getMessage();
    }
}
