package org.clipfacts.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.clipfacts.article.Article;
import org.clipfacts.article.QuoteSpan;
import org.clipfacts.article.ReferenceDate;

import java.util.List;

/**
 * An article with its quotations (found once, before CoreNLP read the text), CoreNLP's annotations of its
 * cleaned text, the date relative dates resolve against, and the parser that gives a sentence its
 * dependencies on demand (null when no requested fact needs it).
 */
public record AnnotatedArticle(Article article, List<QuoteSpan> quotes, CoreDocument document, ReferenceDate referenceDate,
                               SentenceParser parser) {

    /** How many sentences were too long to tag, parse or search for dates. */
    public long sentencesTooLong() {
        return document.sentences().stream().filter(sentence -> NlpPipeline.isTooLong(sentence.coreMap())).count();
    }
}
