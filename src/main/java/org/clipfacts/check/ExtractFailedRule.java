package org.clipfacts.check;

import java.util.List;

/** {@code extract.failed}: an input that could not be read or extracted, so the other rules could not see it. */
final class ExtractFailedRule extends CheckRule {
    static final String ID = "extract.failed";

    ExtractFailedRule() {
        super(ID, Severity.ERROR, "A clipping that could not be read or extracted.");
    }

    @Override
    public List<Finding> check(CheckedCorpus corpus, Severity severity) {
        return corpus.failures().stream()
                .map(failure -> new Finding(ID, severity, failure.reason(), List.of(Location.ofFile(failure.source()))))
                .toList();
    }
}
