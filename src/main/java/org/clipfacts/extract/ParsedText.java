package org.clipfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.clipfacts.article.QuoteSpan;
import org.clipfacts.nlp.AnnotatedArticle;
import org.clipfacts.nlp.NlpPipeline;
import org.clipfacts.nlp.SentenceParser;

import java.util.List;
import java.util.Optional;

/**
 * An article's sentences with their dependency parses and its quotations, addressed by char offsets: what
 * the quote and charge extractors walk to find who said or faces what.
 */
final class ParsedText {
    private final List<CoreSentence> sentences;
    private final SentenceParser parser;
    private final String content;
    private final List<QuoteSpan> quotes;

    ParsedText(AnnotatedArticle annotated) {
        this.quotes = annotated.quotes();
        this.sentences = annotated.document().sentences();
        this.parser = annotated.parser();
        this.content = annotated.article().text();
    }

    String content() {
        return content;
    }

    /** The article's quotations, in order and apart. */
    List<QuoteSpan> quotes() {
        return quotes;
    }

    /** Whether only punctuation and white space stand between the offsets; stops at the first word character. */
    boolean onlyPunctuationBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(content.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many line breaks stand between the offsets, counted up to {@code limit}. */
    int lineBreaksBetween(int from, int to, int limit) {
        int breaks = 0;
        for (int i = from; i < to && breaks < limit; i++) {
            if (content.charAt(i) == '\n') {
                breaks++;
            }
        }
        return breaks;
    }

    /** Whether the token stands between a quotation's marks (the marks included). */
    boolean insideQuote(CoreLabel token) {
        return insideQuote(token.beginPosition(), token.endPosition());
    }

    /** Whether the text from {@code start} to {@code end} stands between a quotation's marks (the marks included). */
    boolean insideQuote(int start, int end) {
        List<QuoteSpan> spans = quotes();
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            QuoteSpan quote = spans.get(middle);
            if (start < quote.open()) {
                high = middle - 1;
            } else if (end > quote.close() + 1) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    List<CoreSentence> sentences() {
        return sentences;
    }

    int sentenceCount() {
        return sentences.size();
    }

    List<CoreLabel> tokens(int sentence) {
        return sentences.get(sentence).tokens();
    }

    boolean tooLong(int sentence) {
        return NlpPipeline.isTooLong(sentences.get(sentence).coreMap());
    }

    SemanticGraph graph(int sentence) {
        return parser.parse(sentences.get(sentence).coreMap());
    }

    /** The sentence holding the char offset, or the first one starting after it. */
    int sentenceAt(int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            List<CoreLabel> tokens = tokens(i);
            if (tokens.get(tokens.size() - 1).endPosition() > offset) {
                return i;
            }
        }
        return sentences.size() - 1;
    }

    IndexedWord node(int sentence, CoreLabel token) {
        return graph(sentence).getNodeByIndexSafe(token.index());
    }

    /** The dependent of {@code word} by a relation whose name starts with {@code relation} (nsubj also finds nsubj:pass). */
    static Optional<IndexedWord> child(SemanticGraph graph, IndexedWord word, String relation) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
            if (edge.getRelation().toString().equals(relation) || edge.getRelation().toString().startsWith(relation + ":")) {
                return Optional.of(edge.getDependent());
            }
        }
        return Optional.empty();
    }

    /** The dependent of {@code word} by exactly this relation. */
    static Optional<IndexedWord> childExactly(SemanticGraph graph, IndexedWord word, String relation) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
            if (edge.getRelation().toString().equals(relation)) {
                return Optional.of(edge.getDependent());
            }
        }
        return Optional.empty();
    }

    /** The relation by which {@code word} hangs from its head, or "root". */
    static String relationToHead(SemanticGraph graph, IndexedWord word) {
        SemanticGraphEdge edge = graph.incomingEdgeIterable(word).iterator().hasNext()
                ? graph.incomingEdgeIterable(word).iterator().next() : null;
        return edge == null ? "root" : edge.getRelation().toString();
    }
}
