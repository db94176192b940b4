package org.clipfacts.check;

import java.util.List;

/**
 * A check's outcome: how many clippings it covered, the rules that ran with their severities, and their
 * findings in rule order.
 */
public record Report(int clippings, List<RuleRun> rules, List<Finding> findings) {
    /** A rule as it ran: its configured severity. */
    public record RuleRun(String id, Severity severity, String description) {
    }

    public Report {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    /** Findings of this severity that are not accepted. */
    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.accepted() == null && finding.severity() == severity).count();
    }

    public long acceptedCount() {
        return findings.stream().filter(finding -> finding.accepted() != null).count();
    }

    public List<Finding> findingsOf(String rule) {
        return findings.stream().filter(finding -> finding.rule().equals(rule)).toList();
    }

    /** Whether the run fails: some finding, not accepted, at or above {@code failOn} (null: never). */
    public boolean fails(Severity failOn) {
        return findings.stream().anyMatch(finding -> finding.fails(failOn));
    }

    public Report located(Positions positions) {
        return new Report(clippings, rules, positions.locate(findings));
    }
}
