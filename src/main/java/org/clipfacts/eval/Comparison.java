package org.clipfacts.eval;

import org.clipfacts.model.FactKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Answers and found facts of one kind paired one to one, with the ones left unpaired. */
record Comparison<G, F>(FactRules<G, F> rules, List<Pair<G, F>> pairs, List<G> missed, List<F> falseFinds) {
    record Pair<G, F>(G gold, F found) {
    }

    /**
     * Pairs greedily by affinity, strongest first, so each answer and each found fact is used at most once;
     * ties go to the earlier answer and the earlier found fact.
     */
    static <G, F> Comparison<G, F> of(List<G> golds, List<F> founds, FactRules<G, F> rules) {
        record Candidate(int gold, int found, int affinity) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int f = 0; f < founds.size(); f++) {
                int affinity = rules.affinity(golds.get(g), founds.get(f));
                if (affinity > 0) {
                    candidates.add(new Candidate(g, f, affinity));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::affinity).reversed()
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::found));
        int[] foundFor = new int[golds.size()];
        Arrays.fill(foundFor, -1);
        boolean[] foundUsed = new boolean[founds.size()];
        for (Candidate candidate : candidates) {
            if (foundFor[candidate.gold()] < 0 && !foundUsed[candidate.found()]) {
                foundFor[candidate.gold()] = candidate.found();
                foundUsed[candidate.found()] = true;
            }
        }
        List<Pair<G, F>> pairs = new ArrayList<>();
        List<G> missed = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            if (foundFor[g] < 0) {
                missed.add(golds.get(g));
            } else {
                pairs.add(new Pair<>(golds.get(g), founds.get(foundFor[g])));
            }
        }
        List<F> falseFinds = new ArrayList<>();
        for (int f = 0; f < founds.size(); f++) {
            if (!foundUsed[f]) {
                falseFinds.add(founds.get(f));
            }
        }
        return new Comparison<>(rules, List.copyOf(pairs), List.copyOf(missed), List.copyOf(falseFinds));
    }

    boolean keyAgrees(Pair<G, F> pair) {
        return rules.keyAgrees(pair.gold(), pair.found());
    }

    Tally tally() {
        int keyCorrect = (int) pairs.stream().filter(this::keyAgrees).count();
        return new Tally(pairs.size() + missed.size(), pairs.size() + falseFinds.size(), pairs.size(), keyCorrect);
    }

    List<Discrepancy> discrepancies(String clipping, FactKind kind) {
        List<Discrepancy> discrepancies = new ArrayList<>();
        missed.forEach(gold -> discrepancies.add(
                new Discrepancy(clipping, kind, Discrepancy.Type.MISS, rules.gold(gold), null)));
        pairs.stream().filter(pair -> !keyAgrees(pair)).forEach(pair -> discrepancies.add(new Discrepancy(
                clipping, kind, Discrepancy.Type.WRONG_KEY, rules.gold(pair.gold()), rules.found(pair.found()))));
        falseFinds.forEach(found -> discrepancies.add(
                new Discrepancy(clipping, kind, Discrepancy.Type.FALSE_FIND, null, rules.found(found))));
        return discrepancies;
    }
}
