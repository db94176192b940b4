package org.clipfacts.eval;

import org.clipfacts.model.FactKind;

import java.util.List;
import java.util.Map;

/** How the facts found in one clipping compare with its answers, for the kinds evaluated that they annotate. */
public record FileScore(String clipping, Map<FactKind, Tally> tallies, SpeakerTally speakers,
                        List<Discrepancy> discrepancies) {
    public FileScore {
        tallies = Map.copyOf(tallies);
        discrepancies = List.copyOf(discrepancies);
    }

    public Tally tally(FactKind kind) {
        return tallies.getOrDefault(kind, Tally.NONE);
    }

    public boolean annotates(FactKind kind) {
        return tallies.containsKey(kind);
    }
}
