package org.clipfacts.output;

import org.clipfacts.model.Document;

import java.io.IOException;

/** Writes documents one at a time as they are ready; {@link #finish()} completes the output. */
public interface DocumentWriter {
    /** Writes nothing: for a run whose documents only feed something else (the people index). */
    DocumentWriter DISCARD = new DocumentWriter() {
        @Override
        public void write(Document document) {
            // kept nowhere
        }

        @Override
        public void finish() {
            // nothing was written
        }
    };

    void write(Document document) throws IOException;

    void finish() throws IOException;
}
