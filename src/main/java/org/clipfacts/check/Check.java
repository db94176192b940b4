package org.clipfacts.check;

import org.clipfacts.check.CheckConfig.Acceptance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Runs the enabled rules over a corpus and marks the findings the configuration accepts. */
public final class Check {
    private final CheckConfig config;
    private final Baseline baseline;
    private final Set<Acceptance> used = new LinkedHashSet<>();

    /** {@code baseline} may be null. */
    public Check(CheckConfig config, Baseline baseline) {
        this.config = config;
        this.baseline = baseline;
    }

    public Report run(CheckedCorpus corpus) {
        List<Report.RuleRun> runs = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (CheckRule rule : CheckRules.enabled(config, baseline)) {
            Severity severity = config.severity(rule);
            runs.add(new Report.RuleRun(rule.id(), severity, rule.description()));
            for (Finding finding : rule.check(corpus, severity)) {
                Optional<Acceptance> acceptance = config.accepted().stream().filter(accepted -> accepted.covers(finding)).findFirst();
                acceptance.ifPresent(used::add);
                findings.add(acceptance.map(accepted -> finding.accept(accepted.reason())).orElse(finding));
            }
        }
        return new Report(corpus.documents().size() + corpus.failures().size(), runs, findings);
    }

    /** The accepted findings of the configuration that matched nothing in the last run: perhaps fixed, or misspelled. */
    public List<Acceptance> unusedAcceptances() {
        return config.accepted().stream().filter(acceptance -> !used.contains(acceptance)).toList();
    }
}
