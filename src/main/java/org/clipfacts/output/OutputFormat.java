package org.clipfacts.output;

import java.io.IOException;
import java.io.OutputStream;

/** The output formats of {@code --format}. */
public enum OutputFormat {
    JSON, JSONL, CSV;

    public DocumentWriter open(OutputStream out, boolean pretty) throws IOException {
        return switch (this) {
            case JSON -> new JsonArrayWriter(out, pretty);
            case JSONL -> new JsonLinesWriter(out);
            case CSV -> new CsvWriter(out);
        };
    }
}
