package org.clipfacts.extract;

import org.clipfacts.model.Quote;
import org.clipfacts.nlp.AnnotatedArticle;

import java.util.List;

/** Direct quotations and their speakers. */
public final class QuoteExtractor {
    public List<Quote> extract(AnnotatedArticle annotated, People people) {
        return List.of();
    }
}
