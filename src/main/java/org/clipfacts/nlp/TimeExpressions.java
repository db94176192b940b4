package org.clipfacts.nlp;

import edu.stanford.nlp.util.CoreMap;

import java.util.List;

/**
 * The temporal tagger: finds the time expressions of one tagged sentence and normalizes them. The only
 * place the engine (SUTime, {@link SuTime}) is seen; extractors work with {@link TimeExpression}s.
 */
public interface TimeExpressions {
    /** The time expressions of one annotated sentence; {@code referenceDate} is ISO (YYYY-MM-DD) or null. */
    List<TimeExpression> find(CoreMap sentence, String referenceDate);

    /**
     * One expression: char offsets into the article text, its tokens {@code [firstToken, endToken)} within
     * the sentence, its TIMEX3 type and value, and the engine's unresolved form when it gave no value.
     */
    record TimeExpression(int start, int end, int firstToken, int endToken, String type, String value, String altValue) {
    }
}
