package org.clipfacts.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** {@code evaluate --format}: an aligned table for people, or JSON for machines. */
public enum EvaluationReportFormat {
    TABLE, JSON;

    public static EvaluationReportFormat fromLabel(String label) {
        for (EvaluationReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(label.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a report format: use table or json");
    }

    /**
     * Writes the scores of each answer set and of all together; per clipping with {@code perFile}, and every
     * miss, false find and wrong key with {@code errors}.
     */
    public void write(List<Evaluation> sets, boolean perFile, boolean errors, PrintStream out) throws IOException {
        switch (this) {
            case TABLE -> EvaluationTableReport.write(sets, perFile, errors, out);
            case JSON -> EvaluationJsonReport.write(sets, perFile, errors, out);
        }
    }
}
