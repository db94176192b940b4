package org.clipfacts.eval;

import org.clipfacts.model.FactKind;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scores of every clipping of one answer set ({@code label} names it), and their sums: totals are
 * micro-averaged over facts, over the clippings whose answers annotate the kind.
 */
public record Evaluation(String label, List<FactKind> kinds, List<FileScore> files) {
    public Evaluation {
        kinds = kinds.stream().sorted().distinct().toList();
        files = List.copyOf(files);
    }

    /** Several sets as one: the total of a report over sets. */
    public static Evaluation combined(String label, List<Evaluation> sets) {
        return new Evaluation(label, sets.stream().flatMap(set -> set.kinds().stream()).toList(),
                sets.stream().flatMap(set -> set.files().stream()).toList());
    }

    /** Whether some clipping's answers annotate {@code kind}; a kind none annotates is reported as such, not scored. */
    public boolean annotates(FactKind kind) {
        return files.stream().anyMatch(file -> file.annotates(kind));
    }

    public Tally total(FactKind kind) {
        return files.stream().map(file -> file.tally(kind)).reduce(Tally.NONE, Tally::plus);
    }

    /** The totals of {@code kind} by category (dates by type), in category order; empty without categories. */
    public Map<String, Tally> totalByCategory(FactKind kind) {
        Map<String, Tally> totals = new TreeMap<>();
        files.forEach(file -> file.categories(kind).forEach((category, tally) -> totals.merge(category, tally, Tally::plus)));
        return totals;
    }

    public Tally total() {
        return kinds.stream().filter(this::annotates).map(this::total).reduce(Tally.NONE, Tally::plus);
    }

    public SpeakerTally speakers() {
        return files.stream().map(FileScore::speakers).reduce(SpeakerTally.NONE, SpeakerTally::plus);
    }

    public List<Discrepancy> discrepancies() {
        return files.stream().flatMap(file -> file.discrepancies().stream()).toList();
    }
}
