package org.clipfacts.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import org.clipfacts.article.Article;
import org.clipfacts.article.QuoteScanner;
import org.clipfacts.article.QuoteSpan;
import org.clipfacts.article.ReferenceDate;
import org.clipfacts.model.FactKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one place CoreNLP is configured. A pipeline holds only the annotators the requested facts need and
 * is loaded once per process per set of annotators; it is safe to share between threads.
 *
 * <p>Choices, measured on the samples with CoreNLP 4.5.10: the 3-class CRF alone gives the same PERSON
 * output as the default three models at a quarter of the load time and memory, and loads from the model
 * cache's copy ({@link NerImage}); the fine-grained gazetteer
 * is cut to its TITLE and CRIMINAL_CHARGE lines, tagged as regexner tags them ({@link GazetteerTagger});
 * SUTime runs in {@link SuTime}; a blank line ends a sentence, or a headline runs into the next line and
 * makes false names; the dependency parser runs only on the sentences quotes and charges look at
 * ({@link SentenceParser}).
 */
public final class NlpPipeline {
    /**
     * Sentences longer than this many tokens are not tagged, parsed or searched for dates: the taggers and
     * the parser grow super-linearly, and a clipping that is one "sentence" of 100,000 words (a log file, a
     * table) would hold a worker for hours. News sentences stay far below it.
     */
    public static final int MAX_SENTENCE_TOKENS = 250;
    /** The gazetteer's classes clipfacts uses. */
    private static final Set<String> GAZETTEER_CLASSES = Set.of("TITLE", "CRIMINAL_CHARGE");
    private static final Map<Set<FactKind>, NlpPipeline> LOADED = new ConcurrentHashMap<>();

    private final StanfordCoreNLP coreNlp;
    private final TimeExpressions timeExpressions;
    private final SentenceParser parser;
    private final GazetteerTagger gazetteerTagger;

    /**
     * Every model loads on a thread of its own, each only when a requested fact needs it: start-up is mostly
     * model loading, and CoreNLP would load the tagger and the NER model one after the other.
     */
    private NlpPipeline(Set<FactKind> facts) {
        ExecutorService loaders = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "clipfacts-model-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            boolean names = FactKind.needNames(facts);
            boolean parses = FactKind.needParses(facts);
            ModelCache models = ModelCache.standard();
            Future<TimeExpressions> time = FactKind.needTimeExpressions(facts) ? loaders.submit(SuTime::new) : null;
            Future<SentenceParser> parsing = parses ? loaders.submit(() -> new SentenceParser(models)) : null;
            Future<GazetteerTagger> gazetteer = names
                    ? loaders.submit(() -> new GazetteerTagger(Gazetteer.linesFor(GAZETTEER_CLASSES, models))) : null;
            List<String> annotators = annotatorsFor(facts);
            Properties properties = properties(annotators, names ? NerImage.model(models) : NerImage.MODEL);
            List<Future<?>> preloads = new ArrayList<>();
            for (String slow : List.of("pos", "ner")) {
                if (annotators.contains(slow)) {
                    preloads.add(loaders.submit(() -> preload(slow, properties)));
                }
            }
            this.coreNlp = new StanfordCoreNLP(properties);
            for (Future<?> preload : preloads) {
                joined(preload);
            }
            this.timeExpressions = joined(time);
            this.parser = joined(parsing);
            this.gazetteerTagger = joined(gazetteer);
        } finally {
            loaders.shutdownNow();
        }
    }

    /**
     * Loads one annotator into CoreNLP's process-wide annotator cache, where the pipeline built with the same
     * properties finds it (waiting for it if it is still loading).
     */
    private static void preload(String annotator, Properties pipeline) {
        Properties properties = new Properties();
        properties.putAll(pipeline);
        properties.setProperty("annotators", annotator);
        new StanfordCoreNLP(properties, false);
    }

    private static <T> T joined(Future<T> loading) {
        if (loading == null) {
            return null;
        }
        try {
            return loading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeInterruptedException(e);
        }
    }

    /** The pipeline for these facts, loaded on first use and shared after that. */
    public static NlpPipeline forFacts(Set<FactKind> facts) {
        Set<FactKind> key = FactKind.setOf(facts);
        return LOADED.computeIfAbsent(key, NlpPipeline::new);
    }

    /**
     * What {@link FactKind} says the facts need; the parser is {@link SentenceParser}'s and the gazetteer
     * {@link GazetteerTagger}'s.
     */
    static List<String> annotatorsFor(Set<FactKind> facts) {
        List<String> annotators = new ArrayList<>();
        annotators.add("tokenize");
        annotators.add("ssplit");
        annotators.add("pos");
        if (FactKind.needNames(facts)) {
            annotators.add("lemma");
            annotators.add("ner");
        }
        return List.copyOf(annotators);
    }

    private static Properties properties(List<String> annotators, String nerModel) {
        Properties props = new Properties();
        props.setProperty("annotators", String.join(",", annotators));
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        props.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        props.setProperty("ner.model", nerModel);
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useNERSpecificTokenization", "false");
        return props;
    }

    /**
     * These settings for all facts as one plain CoreNLP pipeline, the gazetteer lines in CoreNLP's own
     * {@code regexner} (which {@link GazetteerTagger} stands in for) and {@code depparse} on every sentence:
     * the benchmark's "CoreNLP with clipfacts' settings" baseline (bench/PlainCoreNlp.java) reads them here so
     * that it cannot drift from what clipfacts loads.
     */
    public static Properties asOnePipeline() throws IOException {
        List<String> annotators = new ArrayList<>(annotatorsFor(FactKind.ALL));
        annotators.addAll(List.of("regexner", "depparse"));
        Properties props = properties(annotators, NerImage.MODEL);
        Path mapping = Files.createTempFile("clipfacts-gazetteer", ".tab");
        mapping.toFile().deleteOnExit();
        Files.writeString(mapping, Gazetteer.linesFor(GAZETTEER_CLASSES, ModelCache.standard()));
        props.setProperty("regexner.mapping", mapping.toString());
        props.setProperty("regexner.ignorecase", "true");
        return props;
    }

    public AnnotatedArticle annotate(Article article, ReferenceDate referenceDate) {
        List<QuoteSpan> quotes = QuoteScanner.scan(article.text());
        CoreDocument document = new CoreDocument(QuoteScanner.withStraightMarksTurned(article.text(), quotes));
        coreNlp.annotate(document);
        if (gazetteerTagger != null) {
            // TITLE and CRIMINAL_CHARGE from the gazetteer, on the sentences the tagger and NER model saw.
            for (CoreMap sentence : document.annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
                if (!isTooLong(sentence)) {
                    gazetteerTagger.tag(sentence.get(CoreAnnotations.TokensAnnotation.class));
                }
            }
        }
        return new AnnotatedArticle(article, quotes, document, referenceDate, parser);
    }

    public static boolean isTooLong(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class).size() > MAX_SENTENCE_TOKENS;
    }

    /** SUTime; null unless dates were requested. */
    public TimeExpressions timeExpressions() {
        return timeExpressions;
    }
}
