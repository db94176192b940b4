package org.clipfacts.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One clipping to read: a file, or standard input when {@code path} is null. {@code source} is as given; a run
 * that reads clippings its own way (Spark, from a Hadoop file system) reads {@code source} and has no path.
 */
public record Input(String source, Path path) {
    public static final String STDIN = "-";

    public static Input standardInput() {
        return new Input(STDIN, null);
    }

    public byte[] readAllBytes(InputStream stdin) throws IOException {
        return path == null ? stdin.readAllBytes() : Files.readAllBytes(path);
    }
}
