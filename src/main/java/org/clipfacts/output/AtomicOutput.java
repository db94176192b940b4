package org.clipfacts.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where output goes: standard output, or a file written beside its target and moved into place only when
 * complete, so a crash or an interrupted run never leaves a truncated file.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private volatile boolean committed;
    /** Ctrl-C ends the JVM without unwinding the run: the partial file goes, the target stays as it was. */
    private final Thread removeOnInterrupt;

    private AtomicOutput(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        this.removeOnInterrupt = new Thread(() -> {
            if (!committed && temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // The JVM is going down; a stray .part file beside the target is all that can be left.
                }
            }
        });
    }

    public static AtomicOutput toStandardOutput() {
        PrintStream stdout = System.out;
        // Standard output belongs to the process: flushed, never closed. A PrintStream swallows the error of
        // a closed pipe, so each flush asks whether one happened.
        return new AtomicOutput(null, null, new FilterOutputStream(new BufferedOutputStream(stdout, 1 << 16)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
                if (stdout.checkError()) {
                    throw new OutputClosedException();
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }

    public static AtomicOutput toFile(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".part");
        AtomicOutput output = new AtomicOutput(absolute, temporary, new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
        Runtime.getRuntime().addShutdownHook(output.removeOnInterrupt);
        return output;
    }

    public OutputStream stream() {
        return stream;
    }

    /** Makes the output visible: the file replaces its target in one step. */
    public void commit() throws IOException {
        stream.close();
        if (target != null) {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /** Without a commit the partial file is removed and the target left as it was. */
    @Override
    public void close() throws IOException {
        if (temporary != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(removeOnInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook itself removes the partial file
            }
        }
        if (!committed) {
            try {
                stream.close();
            } finally {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            }
        }
    }
}
