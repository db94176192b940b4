package org.clipfacts.eval;

import java.io.IOException;
import java.io.PrintStream;

/** {@code evaluate --format}: an aligned table for people, or JSON for machines. */
public enum ReportFormat {
    TABLE, JSON;

    public static ReportFormat fromLabel(String label) {
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(label.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a report format: use table or json");
    }

    /** Writes the scores; per clipping with {@code perFile}, and every miss, false find and wrong key with {@code errors}. */
    public void write(Evaluation evaluation, boolean perFile, boolean errors, PrintStream out) throws IOException {
        switch (this) {
            case TABLE -> TableReport.write(evaluation, perFile, errors, out);
            case JSON -> JsonReport.write(evaluation, perFile, errors, out);
        }
    }
}
