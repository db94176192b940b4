package org.clipfacts.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's dependency parser, run on a sentence only when an extractor asks for its parse. The parser is
 * most of the cost of quotes and charges, and they look at the sentences around quotation marks and charge
 * words only; a sentence's parse does not depend on the others, so the result is the same as parsing all.
 */
public final class SentenceParser {
    private final StanfordCoreNLP parser;

    SentenceParser() {
        Properties props = new Properties();
        props.setProperty("annotators", "depparse");
        parser = new StanfordCoreNLP(props, false);
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
            Annotation single = new Annotation("");
            single.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
            parser.annotate(single);
            graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        }
        return graph;
    }
}
