package org.clipfacts.check;

import java.util.List;

/**
 * One thing a rule found: {@code rule} its id ({@code quote.variant}), a one-line {@code message} for a
 * person, and every place involved. {@code accepted} holds the configuration's reason when the team has
 * acknowledged it (an empty string when no reason was given), null otherwise; an accepted finding is
 * reported but never fails a run.
 */
public record Finding(String rule, Severity severity, String message, List<Location> locations, String accepted) {
    public Finding {
        locations = List.copyOf(locations);
    }

    public Finding(String rule, Severity severity, String message, List<Location> locations) {
        this(rule, severity, message, locations, null);
    }

    public Finding accept(String reason) {
        return new Finding(rule, severity, message, locations, reason == null ? "" : reason);
    }

    public Finding withLocations(List<Location> located) {
        return new Finding(rule, severity, message, located, accepted);
    }

    /** Whether it counts against {@code --fail-on}: at or above that severity and not accepted. */
    public boolean fails(Severity failOn) {
        return accepted == null && failOn != null && severity.atLeast(failOn);
    }
}
