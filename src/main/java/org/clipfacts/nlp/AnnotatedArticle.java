package org.clipfacts.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.clipfacts.article.Article;
import org.clipfacts.article.ReferenceDate;

/** An article with CoreNLP's annotations of its cleaned text and the date relative dates resolve against. */
public record AnnotatedArticle(Article article, CoreDocument document, ReferenceDate referenceDate) {
}
