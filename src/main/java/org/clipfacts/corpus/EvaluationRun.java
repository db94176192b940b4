package org.clipfacts.corpus;

import org.clipfacts.article.Article;
import org.clipfacts.article.ClippingException;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.eval.AnswerSet;
import org.clipfacts.eval.ClippingNames;
import org.clipfacts.eval.Evaluation;
import org.clipfacts.eval.ExtractedDocuments;
import org.clipfacts.eval.FactsUnavailableException;
import org.clipfacts.eval.FileScore;
import org.clipfacts.eval.FileScorer;
import org.clipfacts.eval.Gold;
import org.clipfacts.eval.GoldReader;
import org.clipfacts.input.Input;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;
import org.clipfacts.output.DocumentWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the clippings of one or more answer sets. Every answer file is read and checked before any
 * extraction, so a bad one fails at once rather than after minutes of CoreNLP; then the answered clippings
 * are extracted in one batch (worker threads, time limit and cache as for {@code extract}), or their
 * documents taken from an earlier run's output, and scored set by set.
 */
public final class EvaluationRun {
    /** Told about what is left out of the evaluation, and why. */
    public interface Problems extends ExtractRun.Failures {
        /** A clipping without answers, or answers without their clipping. */
        void skipped(String source, String reason);
    }

    /** Where the reference date of each clipping comes from. */
    public enum ReferenceDates {
        /** What the clipping states, or the one {@code --date} gives every clipping. */
        STATED,
        /** The answers' best guess of the publication date, where they give one. */
        GOLD;

        public static ReferenceDates fromLabel(String label) {
            for (ReferenceDates from : values()) {
                if (from.name().equalsIgnoreCase(label.trim())) {
                    return from;
                }
            }
            throw new IllegalArgumentException("'" + label + "' is not a reference date source: use stated or gold");
        }
    }

    /** One evaluation per answer set, in order; {@code failed} counts the clippings with answers that could not be evaluated. */
    public record Result(List<Evaluation> sets, int failed) {
    }

    private record Answered(int set, Gold gold, Input input, Article article) {
    }

    private final ClippingReader reader;
    private final Set<FactKind> kinds;
    private final LocalDate referenceDate;
    private final ReferenceDates referenceDates;

    /** {@code referenceDate} is {@code --date}, or null; with {@link ReferenceDates#GOLD} it is null. */
    public EvaluationRun(ClippingReader reader, Set<FactKind> kinds, LocalDate referenceDate, ReferenceDates referenceDates) {
        this.reader = reader;
        this.kinds = Set.copyOf(kinds);
        this.referenceDate = referenceDate;
        this.referenceDates = referenceDates;
    }

    /**
     * Evaluates the sets against {@code clippings}, or, when there are none, against each set's own texts.
     * {@code extraction} extracts the answered clippings; it is not used when {@code extracted} gives them.
     */
    public Result run(List<AnswerSet> sets, List<Input> clippings, ExtractedDocuments extracted, ExtractRun extraction,
                      Problems problems) throws InvalidInputException, IOException {
        Map<String, Input> given = byStem(clippings);
        Set<String> answeredStems = new HashSet<>();
        List<Answered> answered = new ArrayList<>();
        int failed = 0;
        for (int set = 0; set < sets.size(); set++) {
            AnswerSet answers = sets.get(set);
            for (Path answerFile : answers.answerFiles()) {
                String stem = AnswerSet.stem(answerFile);
                Input input = clippings.isEmpty() ? ownText(answers, stem) : given.get(stem);
                if (input == null) {
                    problems.skipped(answerFile.toString(), "no clipping named " + stem
                            + (clippings.isEmpty() ? " in " + answers.texts() : " among the inputs") + "; not evaluated");
                    continue;
                }
                answeredStems.add(stem);
                try {
                    Article article = reader.read(input.source(), input.readAllBytes(InputStream.nullInputStream()));
                    Gold gold = GoldReader.read(answerFile, ClippingNames.fileName(input.source()), article.content());
                    answered.add(new Answered(set, gold, input, article));
                } catch (ClippingException e) {
                    problems.failed(input.source(), e.getMessage(), e);
                    failed++;
                } catch (IOException | UncheckedIOException e) {
                    ClippingProcessor.Outcome unreadable = ClippingProcessor.cannotRead(input.source(), e);
                    problems.failed(unreadable.source(), unreadable.failure(), e);
                    failed++;
                }
            }
        }
        warnUnanswered(given, answeredStems, problems);
        if (answeredStems.isEmpty()) {
            throw new InvalidInputException(sets.get(0).label(), "none of the answer files is for a clipping among the inputs");
        }
        Map<Answered, Document> documents = extracted != null
                ? taken(answered, extracted, problems) : extracted(answered, extraction, problems);
        failed += answered.size() - documents.size();
        List<List<FileScore>> scores = new ArrayList<>();
        sets.forEach(set -> scores.add(new ArrayList<>()));
        for (Answered file : answered) {
            Document document = documents.get(file);
            if (document != null) {
                scores.get(file.set()).add(FileScorer.score(file.gold(), document, kinds, dateOf(file) != null));
            }
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (int set = 0; set < sets.size(); set++) {
            evaluations.add(new Evaluation(sets.get(set).label(), List.copyOf(kinds), scores.get(set)));
        }
        return new Result(evaluations, failed);
    }

    /**
     * One line, not one per clipping: an answer set that is a split of a larger folder (PolNeAR's dev.txt
     * against all its texts, or an --extracted run over the whole folder) leaves hundreds unanswered.
     */
    private static void warnUnanswered(Map<String, Input> given, Set<String> answeredStems, Problems problems) {
        List<Map.Entry<String, Input>> unanswered = given.entrySet().stream()
                .filter(clipping -> !answeredStems.contains(clipping.getKey())).toList();
        if (unanswered.size() == 1) {
            Map.Entry<String, Input> only = unanswered.get(0);
            problems.skipped(only.getValue().source(), "no answer file " + only.getKey() + ".json in the answer sets; not evaluated");
        } else if (unanswered.size() > 1) {
            problems.skipped(unanswered.get(0).getValue().source() + " and " + (unanswered.size() - 1) + " other clippings",
                    "no answer files in the answer sets; not evaluated");
        }
    }

    private static Input ownText(AnswerSet set, String stem) {
        Path text = set.text(stem);
        return text == null ? null : new Input(text.toString(), text);
    }

    /** The reference date a clipping is extracted against; null: what it states. */
    private LocalDate dateOf(Answered file) {
        if (referenceDates == ReferenceDates.GOLD && file.gold().publicationDate() != null) {
            return file.gold().publicationDate();
        }
        return referenceDate;
    }

    private static Map<Answered, Document> taken(List<Answered> answered, ExtractedDocuments extracted, Problems problems) {
        Map<Answered, Document> documents = new IdentityHashMap<>();
        for (Answered file : answered) {
            try {
                documents.put(file, extracted.documentFor(file.article()));
            } catch (FactsUnavailableException e) {
                problems.failed(file.input().source(), e.getMessage(), e);
            }
        }
        return documents;
    }

    private Map<Answered, Document> extracted(List<Answered> answered, ExtractRun extraction, Problems problems)
            throws IOException {
        Map<Input, Answered> byInput = new IdentityHashMap<>();
        List<Input> inputs = new ArrayList<>();
        for (Answered file : answered) {
            Input input = new Input(file.input().source(), file.input().path());
            byInput.put(input, file);
            inputs.add(input);
        }
        Map<String, List<Document>> bySource = new HashMap<>();
        extraction.run(inputs, input -> dateOf(byInput.get(input)), new DocumentWriter() {
            @Override
            public void write(Document document) {
                bySource.computeIfAbsent(document.source(), source -> new ArrayList<>()).add(document);
            }

            @Override
            public void finish() {
            }
        }, problems, ExtractRun.Progress.NONE);
        Map<Answered, Document> documents = new IdentityHashMap<>();
        for (Answered file : answered) {
            List<Document> written = bySource.get(file.input().source());
            if (written != null && !written.isEmpty()) {
                documents.put(file, written.remove(0));
            }
        }
        return documents;
    }

    private static Map<String, Input> byStem(List<Input> clippings) throws InvalidInputException {
        Map<String, Input> byStem = new LinkedHashMap<>();
        for (Input input : clippings) {
            String stem = ClippingNames.stem(ClippingNames.fileName(input.source()));
            Input earlier = byStem.putIfAbsent(stem, input);
            if (earlier != null) {
                throw new InvalidInputException(input.source(),
                        "has the same name as " + earlier.source() + ": only one clipping can answer to " + stem + ".json");
            }
        }
        return byStem;
    }
}
