package org.clipfacts.eval;

import org.clipfacts.article.Article;
import org.clipfacts.article.ClippingException;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.corpus.Input;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Evaluates the clippings among the inputs that have an answer file ({@code NAME.json} answers the
 * clipping {@code NAME.txt}). Every answer file is read and checked before any extraction, so a bad one
 * fails at once rather than after minutes of CoreNLP.
 */
public final class EvaluationRun {
    /** Told about what is left out of the evaluation, and why. */
    public interface Problems {
        /** A clipping that has answers but could not be evaluated. */
        void failed(String source, String reason, Exception cause);

        /** A clipping without answers, or answers without their clipping. */
        void skipped(String source, String reason);
    }

    /** {@code failed} counts the clippings that had answers but could not be evaluated. */
    public record Result(Evaluation evaluation, int failed) {
    }

    private record Answered(Gold gold, Article article) {
    }

    private final ClippingReader reader;
    private final Set<FactKind> kinds;
    private final boolean referenceDateGiven;

    public EvaluationRun(ClippingReader reader, Set<FactKind> kinds, boolean referenceDateGiven) {
        this.reader = reader;
        this.kinds = Set.copyOf(kinds);
        this.referenceDateGiven = referenceDateGiven;
    }

    public Result run(Path goldDirectory, List<Input> clippings, DocumentSource documents, Problems problems)
            throws InvalidInputException {
        Map<String, Input> byStem = byStem(clippings);
        Set<String> answeredStems = new HashSet<>();
        List<Answered> answered = new ArrayList<>();
        int failed = 0;
        for (Path answerFile : answerFiles(goldDirectory)) {
            String stem = ClippingNames.stem(answerFile.getFileName().toString());
            Input input = byStem.get(stem);
            if (input == null) {
                problems.skipped(answerFile.toString(), "no clipping named " + stem + " among the inputs; not evaluated");
                continue;
            }
            answeredStems.add(stem);
            try {
                Article article = reader.read(input.source(), input.readAllBytes(InputStream.nullInputStream()));
                answered.add(new Answered(GoldReader.read(answerFile, ClippingNames.fileName(input.source()), article.content()), article));
            } catch (ClippingException e) {
                problems.failed(input.source(), e.getMessage(), e);
                failed++;
            } catch (IOException | UncheckedIOException e) {
                problems.failed(input.source(), "cannot read: " + describe(e), e);
                failed++;
            }
        }
        byStem.forEach((stem, input) -> {
            if (!answeredStems.contains(stem)) {
                problems.skipped(input.source(), "no answer file " + stem + ".json in " + goldDirectory + "; not evaluated");
            }
        });
        if (answeredStems.isEmpty()) {
            throw new InvalidInputException(goldDirectory.toString(), "none of the answer files here is for a clipping among the inputs");
        }
        List<FileScore> scores = new ArrayList<>();
        for (Answered file : answered) {
            Document document;
            try {
                document = documents.documentFor(file.article());
            } catch (FactsUnavailableException e) {
                problems.failed(file.article().source(), e.getMessage(), e);
                failed++;
                continue;
            } catch (RuntimeException e) {
                problems.failed(file.article().source(), "extraction failed: " + describe(e), e);
                failed++;
                continue;
            }
            scores.add(FileScorer.score(file.gold(), document, kinds, referenceDateGiven));
        }
        return new Result(new Evaluation(List.copyOf(kinds), scores), failed);
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

    private static List<Path> answerFiles(Path directory) throws InvalidInputException {
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException(directory.toString(),
                    Files.exists(directory) ? "not a directory" : "no such directory");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(directory.toString(), "cannot read: " + describe(e));
        }
        if (files.isEmpty()) {
            throw new InvalidInputException(directory.toString(), "no answer files (*.json) in this directory");
        }
        return files;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
