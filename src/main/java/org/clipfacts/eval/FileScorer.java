package org.clipfacts.eval;

import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares the facts extracted from one clipping with its answers, kind by kind. */
final class FileScorer {
    private final String clipping;
    private final Map<FactKind, Tally> tallies = new EnumMap<>(FactKind.class);
    private final List<Discrepancy> discrepancies = new ArrayList<>();

    private FileScorer(String clipping) {
        this.clipping = clipping;
    }

    /**
     * Dates are held to the answers' full values when the year is known: a reference date was given or the
     * document states one.
     */
    static FileScore score(Gold gold, Document document, Set<FactKind> kinds, boolean referenceDateGiven) {
        FileScorer scorer = new FileScorer(gold.clipping());
        if (kinds.contains(FactKind.PEOPLE)) {
            scorer.compare(FactKind.PEOPLE, gold.people(), document.people(), new PeopleRules());
        }
        if (kinds.contains(FactKind.DATES)) {
            boolean yearKnown = referenceDateGiven || document.article() != null && document.article().date() != null;
            scorer.compare(FactKind.DATES, gold.dates(), document.dates(), new DateRules(yearKnown));
        }
        if (kinds.contains(FactKind.CHARGES)) {
            scorer.compare(FactKind.CHARGES, gold.charges(), document.charges(), new ChargeRules());
        }
        SpeakerTally speakers = SpeakerTally.NONE;
        if (kinds.contains(FactKind.QUOTES)) {
            QuoteRules rules = new QuoteRules(gold.people());
            speakers = rules.speakers(gold.quotes(), scorer.compare(FactKind.QUOTES, gold.quotes(), document.quotes(), rules));
        }
        return new FileScore(gold.clipping(), scorer.tallies, speakers, scorer.discrepancies);
    }

    private <G, F> Comparison<G, F> compare(FactKind kind, List<G> golds, List<F> founds, FactRules<G, F> rules) {
        Comparison<G, F> comparison = Comparison.of(golds, founds, rules);
        tallies.put(kind, comparison.tally());
        discrepancies.addAll(comparison.discrepancies(clipping, kind));
        return comparison;
    }
}
