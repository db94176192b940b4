package org.clipfacts.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
    private boolean committed;

    private AtomicOutput(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
    }

    public static AtomicOutput toStandardOutput() {
        // Standard output belongs to the process: flushed, never closed.
        return new AtomicOutput(null, null, new FilterOutputStream(new BufferedOutputStream(System.out, 1 << 16)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
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
        return new AtomicOutput(absolute, temporary, new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
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
        if (!committed) {
            stream.close();
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
