package org.clipfacts.check;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report for people: findings grouped by rule, each place as {@code file:line:column} followed by what
 * stands there, so variants of one quote read side by side; a summary line last.
 */
final class TextReport {
    /** Enough places to see a finding; the rest are counted. */
    private static final int PLACES_SHOWN = 12;

    private TextReport() {
    }

    static void write(Report report, OutputStream stream) {
        PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
        for (Report.RuleRun rule : report.rules()) {
            List<Finding> findings = report.findingsOf(rule.id());
            if (findings.isEmpty()) {
                continue;
            }
            out.println(rule.id() + ": " + tally(findings));
            findings.forEach(finding -> write(finding, out));
            out.println();
        }
        out.println("clipfacts check: " + Phrases.count(report.clippings(), "clipping") + ": " + tally(report.findings()));
        out.flush();
    }

    private static void write(Finding finding, PrintStream out) {
        String severity = finding.severity().label() + (finding.accepted() == null ? ""
                : finding.accepted().isEmpty() ? " (accepted)" : " (accepted: " + finding.accepted() + ")");
        List<Location> locations = finding.locations();
        if (locations.size() == 1 && locations.get(0).text() == null) {
            out.println("  " + locations.get(0).position() + ": " + severity + ": " + finding.message());
            return;
        }
        out.println("  " + severity + ": " + finding.message());
        int width = locations.stream().limit(PLACES_SHOWN).mapToInt(location -> location.position().length()).max().orElse(0);
        for (Location location : locations.subList(0, Math.min(locations.size(), PLACES_SHOWN))) {
            StringBuilder line = new StringBuilder("    ").append(location.position());
            if (location.text() != null || location.detail() != null) {
                line.append(" ".repeat(width - location.position().length() + 2));
            }
            if (location.detail() != null) {
                line.append('[').append(location.detail()).append("] ");
            }
            if (location.text() != null) {
                line.append('"').append(Phrases.excerpt(location.text(), Phrases.IN_LOCATION)).append('"');
            }
            out.println(line.toString().stripTrailing());
        }
        if (locations.size() > PLACES_SHOWN) {
            out.println("    … and " + (locations.size() - PLACES_SHOWN) + " more places");
        }
    }

    /** {@code 1 error, 3 warnings, 2 info, 1 accepted}, or {@code no findings}. */
    private static String tally(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long count = findings.stream().filter(finding -> finding.accepted() == null && finding.severity() == severity).count();
            if (count > 0) {
                parts.add(count + " " + severity.label() + (count > 1 && severity != Severity.INFO ? "s" : ""));
            }
        }
        long accepted = findings.stream().filter(finding -> finding.accepted() != null).count();
        if (accepted > 0) {
            parts.add(accepted + " accepted");
        }
        return parts.isEmpty() ? "no findings" : String.join(", ", parts);
    }
}
