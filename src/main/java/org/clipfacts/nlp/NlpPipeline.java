package org.clipfacts.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.clipfacts.article.Article;
import org.clipfacts.article.ReferenceDate;
import org.clipfacts.model.FactKind;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place CoreNLP is configured. A pipeline holds only the annotators the requested facts need and
 * is loaded once per process per set of annotators; it is safe to share between threads.
 *
 * <p>Choices, measured on the samples with CoreNLP 4.5.10: the 3-class CRF alone gives the same PERSON
 * output as the default three models at a quarter of the load time and memory; the fine-grained gazetteer
 * is cut to its TITLE and CRIMINAL_CHARGE lines; SUTime runs in {@link TimeExpressions}; a blank line ends
 * a sentence, or a headline runs into the next line and makes false names; the dependency parser runs
 * only on the sentences quotes and charges look at ({@link SentenceParser}).
 */
public final class NlpPipeline {
    private static final String THREE_CLASS_NER = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final Map<Set<FactKind>, NlpPipeline> LOADED = new ConcurrentHashMap<>();

    private final StanfordCoreNLP coreNlp;
    private final TimeExpressions timeExpressions;
    private final SentenceParser parser;

    /** The parser and SUTime load on other threads while the main pipeline loads: start-up is mostly model loading. */
    private NlpPipeline(Set<FactKind> facts) {
        CompletableFuture<TimeExpressions> time = CompletableFuture.supplyAsync(TimeExpressions::new);
        CompletableFuture<SentenceParser> parsing = facts.contains(FactKind.QUOTES) || facts.contains(FactKind.CHARGES)
                ? CompletableFuture.supplyAsync(SentenceParser::new) : CompletableFuture.completedFuture(null);
        this.coreNlp = new StanfordCoreNLP(properties(annotatorsFor(facts)));
        this.timeExpressions = time.join();
        this.parser = parsing.join();
    }

    /** The pipeline for these facts, loaded on first use and shared after that. */
    public static NlpPipeline forFacts(Set<FactKind> facts) {
        Set<FactKind> key = facts.isEmpty() ? EnumSet.noneOf(FactKind.class) : EnumSet.copyOf(facts);
        return LOADED.computeIfAbsent(key, NlpPipeline::new);
    }

    /** Quotes and charges name people, so they need what people need; the parser is {@link SentenceParser}'s. */
    static List<String> annotatorsFor(Set<FactKind> facts) {
        Set<FactKind> wanted = facts.isEmpty() ? EnumSet.noneOf(FactKind.class) : EnumSet.copyOf(facts);
        List<String> annotators = new ArrayList<>();
        annotators.add("tokenize");
        annotators.add("ssplit");
        annotators.add("pos");
        boolean names = wanted.contains(FactKind.PEOPLE) || wanted.contains(FactKind.QUOTES) || wanted.contains(FactKind.CHARGES);
        if (names) {
            annotators.add("lemma");
            annotators.add("ner");
            annotators.add("regexner");
        }
        return List.copyOf(annotators);
    }

    private static Properties properties(List<String> annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", String.join(",", annotators));
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", THREE_CLASS_NER);
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        if (annotators.contains("regexner")) {
            Path mapping = Gazetteer.mappingFor(Set.of("TITLE", "CRIMINAL_CHARGE"));
            props.setProperty("regexner.mapping", mapping.toString());
            props.setProperty("regexner.ignorecase", "true");
        }
        return props;
    }

    public AnnotatedArticle annotate(Article article, ReferenceDate referenceDate) {
        CoreDocument document = new CoreDocument(article.text());
        coreNlp.annotate(document);
        return new AnnotatedArticle(article, document, referenceDate, parser);
    }

    public TimeExpressions timeExpressions() {
        return timeExpressions;
    }
}
