package org.clipfacts.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;

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
                List<Input> found = walk(given, path, matcher, problems);
                if (found.isEmpty()) {
                    problems.accept(given, "no clippings matching " + glob + " in this directory");
                }
                inputs.addAll(found);
            } else if (Files.isRegularFile(path)) {
                inputs.add(new Input(given, path));
            } else if (Files.exists(path)) {
                problems.accept(given, "not a regular file (a device, FIFO or socket): skipped");
            } else {
                problems.accept(given, "no such file or directory");
            }
        }
        return inputs;
    }

    /**
     * Regular files under the directory, symbolic links followed; a link loop, an unreadable directory
     * or a device inside is reported and the walk goes on.
     */
    private static List<Input> walk(String given, Path directory, PathMatcher matcher, BiConsumer<String, String> problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && matcher.matches(file.getFileName())) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    problems.accept(sourceName(given, directory, file), failure instanceof FileSystemLoopException
                            ? "symbolic link loop: skipped" : failure instanceof AccessDeniedException
                            ? "permission denied: skipped" : "cannot read: " + failure.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(given, "cannot read: " + e.getMessage());
        }
        files.sort(null);
        return files.stream().map(file -> new Input(sourceName(given, directory, file), file)).toList();
    }

    /** A file found in a directory is named as the directory was given, joined with its relative path. */
    private static String sourceName(String given, Path directory, Path file) {
        String relative = directory.relativize(file).toString();
        return given.endsWith("/") ? given + relative : given + "/" + relative;
    }
}
