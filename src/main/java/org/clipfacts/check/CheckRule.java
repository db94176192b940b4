package org.clipfacts.check;

import java.util.List;

/** One consistency rule over a corpus of extracted clippings: its id, default severity and description, and its check. */
public abstract class CheckRule {
    private final String id;
    private final Severity defaultSeverity;
    private final String description;

    protected CheckRule(String id, Severity defaultSeverity, String description) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    /** The rule's id in reports and configuration: {@code charge.conflict}. */
    public final String id() {
        return id;
    }

    /** Its severity unless the configuration sets another. */
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** What it looks for, in one line (SARIF rule metadata, JUnit suite). */
    public final String description() {
        return description;
    }

    /** The rule's findings, at {@code severity} or, for what the rule is less sure of, one level lower. */
    public abstract List<Finding> check(CheckedCorpus corpus, Severity severity);
}
