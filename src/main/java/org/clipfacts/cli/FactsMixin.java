package org.clipfacts.cli;

import org.clipfacts.model.FactKind;
import picocli.CommandLine.Option;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code --facts}: which facts to extract; only the annotators they need are loaded. */
final class FactsMixin {
    @Option(names = "--facts", split = ",", paramLabel = "KIND",
            description = "Facts to extract, comma-separated: people, dates, charges, quotes (default: all).")
    List<FactKind> facts;

    Set<FactKind> selected() {
        return facts == null || facts.isEmpty() ? EnumSet.allOf(FactKind.class) : EnumSet.copyOf(facts);
    }
}
