package org.clipfacts.eval;

import org.clipfacts.input.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One set of answers, as {@code --gold} names it: a folder of answer files ({@code NAME.json} answers the
 * clipping {@code NAME.txt}); a set folder holding {@code gold/} and {@code texts/}; or a split list in a set
 * folder, one clipping name a line, which evaluates just those. {@code texts} is where the set's clippings
 * are when no PATH is given ({@code texts/} beside the answers), or null; {@code names} is the split's stems,
 * or null for every answer file.
 */
public record AnswerSet(String label, Path answers, Path texts, Set<String> names) {
    private static final String ANSWERS = "gold";
    private static final String TEXTS = "texts";

    public static AnswerSet open(Path given) throws InvalidInputException {
        String label = given.toString();
        if (Files.isRegularFile(given)) {
            Path folder = given.toAbsolutePath().getParent();
            Path answers = Files.isDirectory(folder.resolve(ANSWERS)) ? folder.resolve(ANSWERS) : folder;
            return new AnswerSet(label, answers, texts(folder.resolve(TEXTS)), split(given));
        }
        if (!Files.isDirectory(given)) {
            throw new InvalidInputException(label, Files.exists(given) ? "not a directory or a split list" : "no such file or directory");
        }
        if (Files.isDirectory(given.resolve(ANSWERS))) {
            return new AnswerSet(label, given.resolve(ANSWERS), texts(given.resolve(TEXTS)), null);
        }
        Path beside = given.toAbsolutePath().normalize().resolveSibling(TEXTS);
        return new AnswerSet(label, given, texts(beside), null);
    }

    private static Path texts(Path folder) {
        return Files.isDirectory(folder) ? folder : null;
    }

    private static Set<String> split(Path list) throws InvalidInputException {
        try (Stream<String> lines = Files.lines(list)) {
            Set<String> names = new LinkedHashSet<>();
            lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> names.add(ClippingNames.stem(line)));
            if (names.isEmpty()) {
                throw new InvalidInputException(list.toString(), "names no clippings");
            }
            return names;
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(list, e);
        }
    }

    /** The answer files of the set, sorted by name; a split name without its answer file is an error. */
    public List<Path> answerFiles() throws InvalidInputException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(answers)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .filter(file -> names == null || names.contains(stem(file)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(answers, e);
        }
        if (names != null && files.size() < names.size()) {
            Set<String> missing = new LinkedHashSet<>(names);
            files.forEach(file -> missing.remove(stem(file)));
            throw new InvalidInputException(label, "names " + missing.iterator().next() + ", which has no answer file in " + answers);
        }
        if (files.isEmpty()) {
            throw new InvalidInputException(answers.toString(), "no answer files (*.json) in this directory");
        }
        return files;
    }

    private static InvalidInputException unreadable(Path path, Exception e) {
        return new InvalidInputException(path.toString(), "cannot read: " + (e.getMessage() == null ? "I/O error" : e.getMessage()));
    }

    /** The name that pairs an answer file with its clipping: {@code NAME} of {@code NAME.json}. */
    public static String stem(Path file) {
        return ClippingNames.stem(file.getFileName().toString());
    }

    /** The clipping {@code stem} in the set's texts, or null when it has none there. */
    public Path text(String stem) {
        if (texts == null) {
            return null;
        }
        Path text = texts.resolve(stem + ".txt");
        return Files.isRegularFile(text) ? text : null;
    }
}
