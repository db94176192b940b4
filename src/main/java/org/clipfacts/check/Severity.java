package org.clipfacts.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How much a finding matters, most first: {@code --fail-on} and the configuration name them in lower case. */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity fromLabel(String label) {
        for (Severity severity : values()) {
            if (severity.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return severity;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a severity: use error, warning or info");
    }

    /**
     * One level down: a rule reports what it is less sure of (an approximate count, a near-identical
     * rather than identical quote) below its own severity, so configuring the rule moves both together.
     */
    public Severity lower() {
        return this == INFO ? INFO : values()[ordinal() + 1];
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
