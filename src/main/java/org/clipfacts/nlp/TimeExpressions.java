package org.clipfacts.nlp;

import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;

/**
 * SUTime, run by clipfacts itself rather than inside the {@code ner} annotator, so that a sentence can be
 * resolved against more than one reference date when the article's year is unknown.
 */
public final class TimeExpressions {
    private final TimeExpressionExtractor extractor;

    TimeExpressions() {
        extractor = TimeExpressionExtractorFactory.createExtractor("sutime", new Properties());
    }

    /** The time expressions of one annotated sentence; {@code referenceDate} is ISO (YYYY-MM-DD) or null. */
    public List<CoreMap> find(CoreMap sentence, String referenceDate) {
        return extractor.extractTimeExpressionCoreMaps(sentence, referenceDate);
    }
}
