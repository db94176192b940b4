package org.clipfacts.output;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard output as a PrintStream that keeps the error of a failed write. A PrintStream only says that
 * some write failed, and a closed pipe ({@code | head}: stop quietly) must be told from a full disk or an
 * I/O error (say so: every fact after it is lost).
 */
public final class StandardOutput extends PrintStream {
    private final Failure failure;

    public StandardOutput(OutputStream destination) {
        this(destination, new Failure());
    }

    private StandardOutput(OutputStream destination, Failure failure) {
        // As the JVM makes System.out: line-flushed, small buffer, the console's encoding if it has one.
        super(new BufferedOutputStream(new FailureMappingStream(destination, failure::record), 128), true, consoleCharset());
        this.failure = failure;
    }

    private static final class Failure {
        private volatile IOException last;

        IOException record(IOException e) {
            last = e;
            return e;
        }
    }

    /** Makes System.out one of these, over file descriptor 1; done once, by a command line's main. */
    public static void install() {
        System.setOut(new StandardOutput(new FileOutputStream(FileDescriptor.out)));
    }

    /**
     * Throws when a write to {@code stream} failed: {@link OutputClosedException} for a closed pipe (or when
     * the stream cannot say why), {@link OutputFailedException} for anything else.
     */
    public static void check(PrintStream stream) throws IOException {
        if (!stream.checkError()) {
            return;
        }
        IOException failure = stream instanceof StandardOutput standardOutput ? standardOutput.failure.last : null;
        if (failure == null || isClosedPipe(failure)) {
            throw new OutputClosedException();
        }
        throw OutputFailedException.of("standard output", failure);
    }

    /** EPIPE, in the words Linux and the BSDs give it. */
    private static boolean isClosedPipe(IOException failure) {
        return failure.getMessage() != null && failure.getMessage().startsWith("Broken pipe");
    }

    private static Charset consoleCharset() {
        String encoding = System.getProperty("sun.stdout.encoding");
        try {
            return encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            return Charset.defaultCharset();
        }
    }
}
