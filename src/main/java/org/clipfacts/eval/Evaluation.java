package org.clipfacts.eval;

import org.clipfacts.model.FactKind;

import java.util.List;

/** The scores of every clipping evaluated, and their sums: totals are micro-averaged over facts. */
public record Evaluation(List<FactKind> kinds, List<FileScore> files) {
    public Evaluation {
        kinds = kinds.stream().sorted().distinct().toList();
        files = List.copyOf(files);
    }

    public Tally total(FactKind kind) {
        return files.stream().map(file -> file.tally(kind)).reduce(Tally.NONE, Tally::plus);
    }

    public Tally total() {
        return kinds.stream().map(this::total).reduce(Tally.NONE, Tally::plus);
    }

    public SpeakerTally speakers() {
        return files.stream().map(FileScore::speakers).reduce(SpeakerTally.NONE, SpeakerTally::plus);
    }

    public List<Discrepancy> discrepancies() {
        return files.stream().flatMap(file -> file.discrepancies().stream()).toList();
    }
}
