package org.clipfacts.eval;

import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares the facts extracted from one clipping with its answers, kind by kind. */
public final class FileScorer {
    private final String clipping;
    private final Map<FactKind, Tally> tallies = new EnumMap<>(FactKind.class);
    private final Map<FactKind, Map<String, Tally>> categories = new EnumMap<>(FactKind.class);
    private final List<Discrepancy> discrepancies = new ArrayList<>();

    private FileScorer(String clipping) {
        this.clipping = clipping;
    }

    /**
     * Scores the kinds asked for that the answers annotate. Dates are held to the answers' full values when
     * the year is known: a reference date was given or the document states one.
     */
    public static FileScore score(Gold gold, Document document, Set<FactKind> kinds, boolean referenceDateGiven) {
        FileScorer scorer = new FileScorer(gold.clipping());
        if (scored(FactKind.PEOPLE, gold, kinds)) {
            scorer.compare(FactKind.PEOPLE, gold.people(), document.people(), new PeopleRules());
        }
        if (scored(FactKind.DATES, gold, kinds)) {
            boolean yearKnown = referenceDateGiven || document.article() != null && document.article().date() != null;
            scorer.compare(FactKind.DATES, gold.dates(), document.dates(), new DateRules(yearKnown));
        }
        if (scored(FactKind.CHARGES, gold, kinds)) {
            scorer.compare(FactKind.CHARGES, gold.charges(), document.charges(), new ChargeRules());
        }
        SpeakerTally speakers = SpeakerTally.NONE;
        if (scored(FactKind.QUOTES, gold, kinds)) {
            QuoteRules rules = new QuoteRules(gold.people());
            speakers = rules.speakers(gold.quotes(), scorer.compare(FactKind.QUOTES, gold.quotes(), document.quotes(), rules));
        }
        return new FileScore(gold.clipping(), scorer.tallies, scorer.categories, speakers, scorer.discrepancies);
    }

    private static boolean scored(FactKind kind, Gold gold, Set<FactKind> kinds) {
        return kinds.contains(kind) && gold.annotates(kind);
    }

    private <G, F> Comparison<G, F> compare(FactKind kind, List<G> golds, List<F> founds, FactRules<G, F> rules) {
        Comparison<G, F> comparison = Comparison.of(golds, founds, rules);
        tallies.put(kind, comparison.tally());
        Map<String, Tally> byCategory = comparison.tallyByCategory();
        if (!byCategory.isEmpty()) {
            categories.put(kind, byCategory);
        }
        discrepancies.addAll(comparison.discrepancies(clipping, kind));
        return comparison;
    }
}
