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

    static boolean isSpeechVerb(CoreLabel token) {
        return token.tag().startsWith("VB") && LEMMAS.contains(lemma(token));
    }

    static String lemma(CoreLabel token) {
        return token.lemma() == null ? token.word().toLowerCase(Locale.ROOT) : token.lemma().toLowerCase(Locale.ROOT);
    }

    /** The nominal the parser hangs right after an inverted verb ("said Fleischer", "said the senator"). */
    static Optional<IndexedWord> invertedSpeaker(ParsedText text, SemanticGraph graph, IndexedWord verb) {
        return graph.outgoingEdgeList(verb).stream()
                .filter(edge -> INVERTED_SPEAKER_LINKS.contains(edge.getRelation().getShortName()))
                .map(SemanticGraphEdge::getDependent)
                .filter(word -> word.index() > verb.index() && word.tag().matches("NN.*|PRP")
                        && !text.insideQuote(word.backingLabel()))
                .min(Comparator.comparingInt(IndexedWord::index));
    }
}
