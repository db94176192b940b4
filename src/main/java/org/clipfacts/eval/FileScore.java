package org.clipfacts.eval;

import org.clipfacts.model.FactKind;

import java.util.List;
import java.util.Map;

/**
 * How the facts found in one clipping compare with its answers, for the kinds evaluated that they annotate;
 * {@code categories} breaks a kind's tally down by category where its rules have them (dates by type).
 */
public record FileScore(String clipping, Map<FactKind, Tally> tallies, Map<FactKind, Map<String, Tally>> categories,
                        SpeakerTally speakers, List<Discrepancy> discrepancies) {
    public FileScore {
        tallies = Map.copyOf(tallies);
        categories = Map.copyOf(categories);
        discrepancies = List.copyOf(discrepancies);
    }

    public Map<String, Tally> categories(FactKind kind) {
        return categories.getOrDefault(kind, Map.of());
    }

    public Tally tally(FactKind kind) {
        return tallies.getOrDefault(kind, Tally.NONE);
    }

    public boolean annotates(FactKind kind) {
        return tallies.containsKey(kind);
    }
}
