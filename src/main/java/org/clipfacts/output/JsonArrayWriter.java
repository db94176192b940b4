package org.clipfacts.output;

import com.fasterxml.jackson.core.JsonGenerator;
import org.clipfacts.model.Document;

import java.io.IOException;
import java.io.OutputStream;

/** {@code --format json}: one array of documents, streamed element by element. */
final class JsonArrayWriter implements DocumentWriter {
    private final JsonGenerator generator;

    JsonArrayWriter(OutputStream out, boolean pretty) throws IOException {
        generator = Json.MAPPER.getFactory().createGenerator(out);
        if (pretty) {
            generator.useDefaultPrettyPrinter();
        }
        generator.writeStartArray();
    }

    @Override
    public void write(Document document) throws IOException {
        Json.MAPPER.writeValue(generator, document);
        generator.flush();
    }

    @Override
    public void finish() throws IOException {
        generator.writeEndArray();
        generator.writeRaw('\n');
        generator.flush();
    }
}
