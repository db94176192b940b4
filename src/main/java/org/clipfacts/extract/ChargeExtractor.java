package org.clipfacts.extract;

import org.clipfacts.model.Charge;
import org.clipfacts.nlp.AnnotatedArticle;

import java.util.List;

/** Statements of criminal charges. */
public final class ChargeExtractor {
    public List<Charge> extract(AnnotatedArticle annotated, People people) {
        return List.of();
    }
}
