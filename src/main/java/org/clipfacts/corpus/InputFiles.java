package org.clipfacts.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into clippings: files as they are, directories recursively (files whose
 * name matches the glob, in name order), {@code -} or no path for standard input.
 */
public final class InputFiles {
    public static final String DEFAULT_GLOB = "*.txt";

    private InputFiles() {
    }

    /** The inputs; each path that yields none is reported to {@code problems} with its reason. */
    public static List<Input> collect(List<String> paths, String glob, BiConsumer<String, String> problems) {
        if (paths.isEmpty()) {
            return List.of(Input.standardInput());
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Input> inputs = new ArrayList<>();
        for (String given : paths) {
            if (given.equals(Input.STDIN)) {
                inputs.add(Input.standardInput());
                continue;
            }
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                List<Input> found = walk(given, path, matcher);
                if (found.isEmpty()) {
                    problems.accept(given, "no clippings matching " + glob + " in this directory");
                }
                inputs.addAll(found);
            } else if (Files.exists(path)) {
                inputs.add(new Input(given, path));
            } else {
                problems.accept(given, "no such file or directory");
            }
        }
        return inputs;
    }

    private static List<Input> walk(String given, Path directory, PathMatcher matcher) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> matcher.matches(file.getFileName()))
                    .sorted()
                    .map(file -> new Input(sourceName(given, directory, file), file))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** A file found in a directory is named as the directory was given, joined with its relative path. */
    private static String sourceName(String given, Path directory, Path file) {
        String relative = directory.relativize(file).toString();
        return given.endsWith("/") ? given + relative : given + "/" + relative;
    }
}
