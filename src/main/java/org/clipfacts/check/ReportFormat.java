package org.clipfacts.check;

import java.io.IOException;
import java.io.OutputStream;

/** {@code check --format}: text for people, JSON, JUnit XML or SARIF for CI. */
public enum ReportFormat {
    TEXT, JSON, JUNIT, SARIF;

    public static ReportFormat fromLabel(String label) {
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(label.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a report format: use text, json, junit or sarif");
    }

    /** {@code failOn} (null: never fail) decides what JUnit shows as failures; the other formats give severities only. */
    public void write(Report report, Severity failOn, OutputStream out) throws IOException {
        switch (this) {
            case TEXT -> TextReport.write(report, out);
            case JSON -> JsonReport.write(report, failOn, out);
            case JUNIT -> JunitReport.write(report, failOn, out);
            case SARIF -> SarifReport.write(report, out);
        }
    }
}
