package org.clipfacts.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * SUTime, run by clipfacts itself rather than inside the {@code ner} annotator, so that a sentence can be
 * resolved against more than one reference date when the article's year is unknown.
 */
final class SuTime implements TimeExpressions {
    private final TimeExpressionExtractor extractor;

    SuTime() {
        extractor = TimeExpressionExtractorFactory.createExtractor("sutime", new Properties());
    }

    @Override
    public List<TimeExpression> find(CoreMap sentence, String referenceDate) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<TimeExpression> expressions = new ArrayList<>();
        for (CoreMap found : extractor.extractTimeExpressionCoreMaps(sentence, referenceDate)) {
            Timex timex = found.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null || timex.timexType() == null) {
                continue;
            }
            int start = found.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = found.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int first = 0;
            while (first < tokens.size() - 1 && tokens.get(first).endPosition() <= start) {
                first++;
            }
            int last = first;
            while (last < tokens.size() && tokens.get(last).beginPosition() < end) {
                last++;
            }
            expressions.add(new TimeExpression(start, end, first, Math.max(last, first + 1), timex.timexType(), timex.value(), timex.altVal()));
        }
        return expressions;
    }
}
