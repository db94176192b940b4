package org.clipfacts.input;

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

/**
 * Expands the paths a user gives into clippings: files as they are, directories recursively (files whose
 * name matches the glob, in name order), {@code -} or no path for standard input.
 */
public final class InputFiles {
    public static final String DEFAULT_GLOB = "*.txt";
    private static final String DANGLING_LINK = "a symbolic link to a file that does not exist";

    private InputFiles() {
    }

    /** Told about each path that yields no clipping, with the reason in words. */
    public interface Problems {
        /** A path given, or met while walking, that cannot be read. */
        void failed(String source, String reason);

        /** A file left out that the user may have meant to read: a warning. */
        void skipped(String source, String reason);
    }

    /** The inputs; each path that yields none is reported to {@code problems}. */
    public static List<Input> collect(List<String> paths, String glob, Problems problems) {
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
                    problems.failed(given, "no clippings matching " + glob + " in this directory");
                }
                inputs.addAll(found);
            } else if (Files.isRegularFile(path)) {
                inputs.add(new Input(given, path));
            } else if (Files.exists(path)) {
                problems.failed(given, "not a regular file (a device, FIFO or socket): skipped");
            } else if (Files.isSymbolicLink(path)) {
                problems.failed(given, DANGLING_LINK);
            } else {
                problems.failed(given, "no such file or directory");
            }
        }
        return inputs;
    }

    /**
     * Regular files under the directory, symbolic links followed; a link loop or an unreadable directory is
     * reported, a link to nothing a warning, and the walk goes on. Devices, FIFOs and sockets are skipped.
     */
    private static List<Input> walk(String given, Path directory, PathMatcher matcher, Problems problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!matcher.matches(file.getFileName())) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isRegularFile()) {
                        files.add(file);
                    } else if (attributes.isSymbolicLink()) {
                        // Links are followed: the walk gives a link's own attributes only when its target is missing.
                        problems.skipped(sourceName(given, directory, file), DANGLING_LINK + ": skipped");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    problems.failed(sourceName(given, directory, file), failure instanceof FileSystemLoopException
                            ? "symbolic link loop: skipped" : failure instanceof AccessDeniedException
                            ? "permission denied: skipped" : "cannot read: " + failure.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.failed(given, "cannot read: " + e.getMessage());
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
