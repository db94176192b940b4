package org.clipfacts.check;

import org.clipfacts.model.Document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a check looks at: the documents of the clippings that were read and the inputs that could not be.
 * The grouping of similar quotes is built once and shared by the rules that need it.
 */
public final class CheckedCorpus {
    /** An input that gave no document, with the one-line reason. */
    public record FailedInput(String source, String reason) {
    }

    private final List<Document> documents;
    private final List<FailedInput> failures;
    private final Map<QuoteMatching, QuoteClusters> clusters = new HashMap<>();

    public CheckedCorpus(List<Document> documents, List<FailedInput> failures) {
        this.documents = List.copyOf(documents);
        this.failures = List.copyOf(failures);
    }

    public List<Document> documents() {
        return documents;
    }

    public List<FailedInput> failures() {
        return failures;
    }

    public synchronized QuoteClusters quoteClusters(QuoteMatching matching) {
        return clusters.computeIfAbsent(matching, settings -> QuoteClusters.of(documents, settings));
    }
}
