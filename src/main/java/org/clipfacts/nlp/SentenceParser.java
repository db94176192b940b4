package org.clipfacts.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;

/**
 * CoreNLP's dependency parser, run on a sentence only when an extractor asks for its parse. The parser is
 * most of the cost of quotes and charges, and they look at the sentences around quotation marks and charge
 * words only; a sentence's parse does not depend on the others, so the result is the same as parsing all.
 */
public final class SentenceParser {
    private final DependencyParser parser;

    /** Read from its binary form in the model cache when that is there ({@link ParserImage}). */
    SentenceParser(ModelCache cache) {
        parser = cache.load("depparse-english_UD", DependencyParser.DEFAULT_MODEL, ParserImage::decode,
                () -> DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL), ParserImage::encode);
    }

    /**
     * The enhanced++ dependencies of a sentence that has tokens and POS tags, parsed now if not yet; an
     * empty graph for a sentence too long to parse ({@link NlpPipeline#MAX_SENTENCE_TOKENS}).
     */
    public SemanticGraph parse(CoreMap sentence) {
        if (NlpPipeline.isTooLong(sentence)) {
            return new SemanticGraph();
        }
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
            // As CoreNLP's depparse annotator between sentences: a run past its time limit stops here.
            if (Thread.interrupted()) {
                throw new RuntimeInterruptedException();
            }
            // That annotator converts the parse five ways (basic, collapsed, CC-processed, enhanced,
            // enhanced++); only enhanced++ is read, and each conversion costs about as much as this one.
            GrammaticalStructure structure = parser.predict(sentence);
            graph = SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                    GrammaticalStructure.Extras.NONE, null);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
        }
        return graph;
    }
}
