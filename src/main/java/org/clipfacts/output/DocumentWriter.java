package org.clipfacts.output;

import org.clipfacts.model.Document;

import java.io.IOException;

/** Writes documents one at a time as they are ready; {@link #finish()} completes the output. */
public interface DocumentWriter {
    void write(Document document) throws IOException;

    void finish() throws IOException;
}
