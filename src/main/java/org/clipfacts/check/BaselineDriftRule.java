package org.clipfacts.check;

import org.clipfacts.model.Document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * {@code baseline.drift}: facts added, removed or changed per clipping since the baseline, as after a model
 * or rule update. Facts pair up by text and offsets, then by text alone (the clipping may have moved), then,
 * when the clipping is unchanged, by overlapping spans (a quote's edge moved); people pair up by id. At the
 * rule's severity: a fact added, removed or changed. One level lower: a clipping new to the baseline or
 * edited since, and baseline clippings not checked now.
 */
final class BaselineDriftRule extends CheckRule {
    static final String ID = "baseline.drift";

    private final Baseline baseline;

    /** {@code baseline} is null when the run has none: the rule then finds nothing. */
    BaselineDriftRule(Baseline baseline) {
        super(ID, Severity.WARNING, "Facts added, removed or changed since the --baseline file.");
        this.baseline = baseline;
    }

    @Override
    public List<Finding> check(CheckedCorpus corpus, Severity severity) {
        if (baseline == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        for (Document now : corpus.documents()) {
            checked.add(Baseline.key(now.source()));
            Optional<Document> before = baseline.documentFor(now.source());
            if (before.isEmpty()) {
                findings.add(new Finding(ID, severity.lower(), "not in the baseline: " + Phrases.count(now.factCount(), "fact"),
                        List.of(Location.ofFile(now.source()))));
            } else {
                findings.addAll(compare(before.get(), now, severity));
            }
        }
        List<Location> unchecked = baseline.documents().stream().filter(document -> !checked.contains(Baseline.key(document.source())))
                .map(document -> Location.ofFile(document.source())).toList();
        if (!unchecked.isEmpty()) {
            findings.add(new Finding(ID, severity.lower(), Phrases.count(unchecked.size(), "clipping")
                    + " of the baseline not checked now", unchecked));
        }
        return findings;
    }

    private static List<Finding> compare(Document before, Document now, Severity severity) {
        List<Finding> findings = new ArrayList<>();
        boolean sameClipping = Objects.equals(before.sha256(), now.sha256());
        if (!sameClipping) {
            findings.add(new Finding(ID, severity.lower(), "the clipping changed since the baseline (its sha256 differs)",
                    List.of(Location.ofFile(now.source()))));
        }
        Map<String, List<FactView>> beforeByKind = byKind(FactView.of(before));
        Map<String, List<FactView>> nowByKind = byKind(FactView.of(now));
        Set<String> kinds = new LinkedHashSet<>(beforeByKind.keySet());
        kinds.addAll(nowByKind.keySet());
        for (String kind : kinds) {
            List<FactView> removed = new ArrayList<>(beforeByKind.getOrDefault(kind, List.of()));
            List<FactView> added = new ArrayList<>(nowByKind.getOrDefault(kind, List.of()));
            List<FactView[]> matched = new ArrayList<>();
            pairWhere(removed, added, matched, (old, current) -> old.text().equals(current.text()) && old.start() == current.start());
            pairWhere(removed, added, matched, (old, current) -> old.text().equals(current.text()));
            if (sameClipping && !kind.equals(FactView.PERSON)) {
                pairWhere(removed, added, matched, (old, current) -> old.overlap(current) > 0);
            }
            for (FactView[] pair : matched) {
                List<String> changes = pair[1].changesSince(pair[0]);
                if (!changes.isEmpty()) {
                    findings.add(new Finding(ID, severity, "changed " + pair[1].name() + ": " + String.join(", ", changes),
                            List.of(location(now.source(), pair[1], true))));
                }
            }
            removed.forEach(fact -> findings.add(new Finding(ID, severity, "removed " + fact.describe(),
                    List.of(location(now.source(), fact, sameClipping)))));
            added.forEach(fact -> findings.add(new Finding(ID, severity, "added " + fact.describe(),
                    List.of(location(now.source(), fact, true)))));
        }
        return findings;
    }

    /** Moves each pair that satisfies the test, first come first paired, from the two lists into {@code matched}. */
    private static void pairWhere(List<FactView> before, List<FactView> now, List<FactView[]> matched, BiPredicate<FactView, FactView> test) {
        for (Iterator<FactView> old = before.iterator(); old.hasNext(); ) {
            FactView fact = old.next();
            for (Iterator<FactView> current = now.iterator(); current.hasNext(); ) {
                FactView candidate = current.next();
                if (test.test(fact, candidate)) {
                    matched.add(new FactView[] {fact, candidate});
                    old.remove();
                    current.remove();
                    break;
                }
            }
        }
    }

    private static Map<String, List<FactView>> byKind(List<FactView> facts) {
        Map<String, List<FactView>> byKind = new LinkedHashMap<>();
        facts.forEach(fact -> byKind.computeIfAbsent(fact.kind(), kind -> new ArrayList<>()).add(fact));
        return byKind;
    }

    /** The fact's place in the current clipping; offsets only when they point into it. */
    private static Location location(String source, FactView fact, boolean offsetsValid) {
        String text = fact.placed() && !fact.kind().equals(FactView.PERSON) ? fact.text() : null;
        return offsetsValid && fact.placed() ? Location.fact(source, fact.start(), fact.end(), text, null)
                : new Location(source, null, null, null, null, text, null);
    }
}
