package org.clipfacts.eval;

import org.clipfacts.article.Article;
import org.clipfacts.extract.Extraction;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;

import java.time.LocalDate;
import java.util.Set;

/** Where the facts under evaluation come from: extracted now, or read from an earlier run's output. */
public interface DocumentSource {
    Document documentFor(Article article) throws FactsUnavailableException;

    /** Extracts the facts now; CoreNLP loads only when the first clipping needs it, so bad answers fail fast. */
    static DocumentSource extracting(Set<FactKind> kinds, LocalDate referenceDate) {
        return new DocumentSource() {
            private Extraction extraction;

            @Override
            public Document documentFor(Article article) {
                if (extraction == null) {
                    extraction = new Extraction(kinds);
                }
                return extraction.extract(article, referenceDate);
            }
        };
    }
}
