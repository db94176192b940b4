package org.clipfacts.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where output goes: standard output, or a file written beside its target and moved into place only when
 * complete, so a crash or an interrupted run never leaves a truncated file. A write that fails is an
 * {@link OutputFailedException} naming the target, or {@link OutputClosedException} when standard
 * output's reader went away.
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
        // Standard output belongs to the process: flushed, never closed. A PrintStream swallows write errors,
        // so each flush asks whether one happened.
        return new AtomicOutput(null, null, new FilterOutputStream(new BufferedOutputStream(stdout, 1 << 16)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
                StandardOutput.check(stdout);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }

    /** Refuses, before anything is written, a target that is not a regular file or a new path one may write. */
    public static AtomicOutput toFile(Path target) throws IOException {
        OutputTarget.check(target);
        Path temporary = OutputTarget.createPartFile(target, "." + target.getFileName() + ".");
        String name = target.toString();
        OutputStream file = new FailureMappingStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16),
                e -> OutputFailedException.of(name, e));
        AtomicOutput output = new AtomicOutput(target, temporary, file);
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
                OutputTarget.moveIntoPlace(temporary, target);
            } catch (IOException e) {
                throw OutputFailedException.of(target.toString(), e);
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
            } catch (IOException alreadyReported) {
                // the write that failed was reported; closing only repeats it
            } finally {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            }
        }
    }
}
