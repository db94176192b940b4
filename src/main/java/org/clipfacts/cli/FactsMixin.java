package org.clipfacts.cli;

import org.clipfacts.model.FactKind;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --facts} and {@code --date}: what each clipping gives, which facts against which reference date; only
 * the annotators the facts need are loaded. The fact set is made here, once, for the whole run.
 */
final class FactsMixin {
    @Mixin
    DateMixin date;

    @Option(names = "--facts", split = ",", paramLabel = "KIND",
            description = "Facts to extract, comma-separated: people, dates, charges, quotes (default: all).")
    List<FactKind> facts;

    Set<FactKind> selected() {
        return facts == null || facts.isEmpty() ? EnumSet.allOf(FactKind.class) : EnumSet.copyOf(facts);
    }

    /** {@code --date}; null: each clipping's own. */
    LocalDate referenceDate() {
        return date.date;
    }
}
