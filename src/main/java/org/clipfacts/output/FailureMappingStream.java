package org.clipfacts.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/** Passes writes through; the error of a failed one is handed to {@code onFailure}, and what it returns is thrown. */
final class FailureMappingStream extends FilterOutputStream {
    private interface Operation {
        void run() throws IOException;
    }

    private final UnaryOperator<IOException> onFailure;

    FailureMappingStream(OutputStream out, UnaryOperator<IOException> onFailure) {
        super(out);
        this.onFailure = onFailure;
    }

    @Override
    public void write(int b) throws IOException {
        guarded(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        guarded(() -> out.write(b, off, len));
    }

    @Override
    public void flush() throws IOException {
        guarded(out::flush);
    }

    @Override
    public void close() throws IOException {
        guarded(super::close);
    }

    private void guarded(Operation operation) throws IOException {
        try {
            operation.run();
        } catch (OutputFailedException mappedAlready) {
            throw mappedAlready;
        } catch (IOException e) {
            throw onFailure.apply(e);
        }
    }
}
