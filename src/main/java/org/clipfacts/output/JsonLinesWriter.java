package org.clipfacts.output;

import com.fasterxml.jackson.databind.ObjectWriter;
import org.clipfacts.model.Document;

import java.io.IOException;
import java.io.OutputStream;

/** {@code --format jsonl}: one compact document per line, flushed as soon as it is written. */
final class JsonLinesWriter implements DocumentWriter {
    private final OutputStream out;
    private final ObjectWriter writer = Json.MAPPER.writer();

    JsonLinesWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(Document document) throws IOException {
        out.write(writer.writeValueAsBytes(document));
        out.write('\n');
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
