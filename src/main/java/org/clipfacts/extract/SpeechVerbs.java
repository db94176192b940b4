package org.clipfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The verbs that attribute words to their subject ("X said", "said X", "X insisted that ..."), listed in
 * speech-verbs.txt, and where an inverted one keeps its speaker: for quote attribution and for telling whom
 * a sentence is about.
 */
final class SpeechVerbs {
    private static final Set<String> LEMMAS = WordList.load("speech-verbs.txt");
    /**
     * How the parser hangs the speaker from an inverted speech verb ("..., said Fleischer"): as its object,
     * or, taking the name for a complement, as xcomp or dep.
     */
    private static final Set<String> INVERTED_SPEAKER_LINKS = Set.of("obj", "xcomp", "dep", "nsubj", "iobj");

    private SpeechVerbs() {
    }

    /** A listed verb, or a listed verb and object ("put it": "as Foner put it, ..."). */
    static boolean isSpeechVerb(SemanticGraph graph, IndexedWord verb) {
        CoreLabel token = verb.backingLabel();
        if (!token.tag().startsWith("VB")) {
            return false;
        }
        String lemma = lemma(token);
        return LEMMAS.contains(lemma) || ParsedText.childExactly(graph, verb, "obj")
                .filter(object -> LEMMAS.contains(lemma + " " + object.word().toLowerCase(Locale.ROOT))).isPresent();
    }

    static String lemma(CoreLabel token) {
        return token.lemma() == null ? token.word().toLowerCase(Locale.ROOT) : token.lemma().toLowerCase(Locale.ROOT);
    }

    /**
     * The nominal the parser hangs right after an inverted verb ("said Fleischer", "said the senator"), or
     * else the name written right after it, which the parser may hang elsewhere ("said Mr. Burr, adding that
     * ..." with Burr made the subject of the clause after).
     */
    static Optional<IndexedWord> invertedSpeaker(ParsedText text, SemanticGraph graph, IndexedWord verb) {
        return graph.outgoingEdgeList(verb).stream()
                .filter(edge -> INVERTED_SPEAKER_LINKS.contains(edge.getRelation().getShortName()))
                .map(SemanticGraphEdge::getDependent)
                .filter(word -> word.index() > verb.index() && word.tag().matches("NN.*|PRP")
                        && !text.insideQuote(word.backingLabel()))
                .min(Comparator.comparingInt(IndexedWord::index))
                .or(() -> nameRightAfter(graph, verb));
    }

    private static Optional<IndexedWord> nameRightAfter(SemanticGraph graph, IndexedWord verb) {
        IndexedWord last = null;
        for (IndexedWord word = graph.getNodeByIndexSafe(verb.index() + 1); word != null && word.tag().startsWith("NNP");
             word = graph.getNodeByIndexSafe(word.index() + 1)) {
            last = word;
        }
        return Optional.ofNullable(last).filter(word -> "PERSON".equals(word.ner()));
    }
}
