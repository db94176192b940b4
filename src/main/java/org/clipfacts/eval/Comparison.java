package org.clipfacts.eval;

import org.clipfacts.model.FactKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Answers and found facts of one kind paired, with the ones left unpaired. Each answer has one found fact at
 * most; a found fact has one answer, and besides it every other answer on the same span whose key it gets
 * right (one charge statement, one answer per defendant and offence).
 */
record Comparison<G, F>(FactRules<G, F> rules, List<Pair<G, F>> pairs, List<G> missed, List<F> falseFinds) {
    record Pair<G, F>(G gold, F found) {
    }

    /**
     * Pairs greedily by affinity, strongest first, then agreeing keys first, so each answer and each found
     * fact is used at most once; ties go to the earlier answer and the earlier found fact. Then an answer left
     * over takes a found fact already paired with an answer on the same span, when its key agrees.
     */
    static <G, F> Comparison<G, F> of(List<G> golds, List<F> founds, FactRules<G, F> rules) {
        record Candidate(int gold, int found, int affinity, boolean keyAgrees) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int f = 0; f < founds.size(); f++) {
                int affinity = rules.affinity(golds.get(g), founds.get(f));
                if (affinity > 0) {
                    candidates.add(new Candidate(g, f, affinity, rules.keyAgrees(golds.get(g), founds.get(f))));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::affinity).reversed()
                .thenComparing(Candidate::keyAgrees, Comparator.reverseOrder())
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::found));
        int[] foundFor = new int[golds.size()];
        Arrays.fill(foundFor, -1);
        int[] goldFor = new int[founds.size()];
        Arrays.fill(goldFor, -1);
        for (Candidate candidate : candidates) {
            if (foundFor[candidate.gold()] < 0 && goldFor[candidate.found()] < 0) {
                foundFor[candidate.gold()] = candidate.found();
                goldFor[candidate.found()] = candidate.gold();
            }
        }
        for (Candidate candidate : candidates) {
            int pairedGold = goldFor[candidate.found()];
            if (foundFor[candidate.gold()] < 0 && pairedGold >= 0 && candidate.keyAgrees()
                    && Objects.equals(span(rules, golds.get(pairedGold)), span(rules, golds.get(candidate.gold())))) {
                foundFor[candidate.gold()] = candidate.found();
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
            if (goldFor[f] < 0) {
                falseFinds.add(founds.get(f));
            }
        }
        return new Comparison<>(rules, List.copyOf(pairs), List.copyOf(missed), List.copyOf(falseFinds));
    }

    private static <G> Span span(FactRules<G, ?> rules, G gold) {
        return rules.gold(gold).span();
    }

    boolean keyAgrees(Pair<G, F> pair) {
        return rules.keyAgrees(pair.gold(), pair.found());
    }

    /** A pair whose key is scored and disagrees. */
    boolean keyWrong(Pair<G, F> pair) {
        return rules.keyScored(pair.gold()) && !keyAgrees(pair);
    }

    private boolean statusScored(Pair<G, F> pair) {
        return rules.goldStatus(pair.gold()) != null;
    }

    private boolean statusWrong(Pair<G, F> pair) {
        return statusScored(pair) && !rules.goldStatus(pair.gold()).equals(rules.foundStatus(pair.found()));
    }

    Tally tally() {
        Map<F, Boolean> matchedFound = new IdentityHashMap<>();
        pairs.forEach(pair -> matchedFound.put(pair.found(), true));
        int keyScored = (int) pairs.stream().filter(pair -> rules.keyScored(pair.gold())).count();
        int keyCorrect = (int) pairs.stream().filter(pair -> rules.keyScored(pair.gold()) && keyAgrees(pair)).count();
        int statusScored = (int) pairs.stream().filter(this::statusScored).count();
        int statusCorrect = (int) pairs.stream().filter(pair -> statusScored(pair) && !statusWrong(pair)).count();
        return new Tally(pairs.size() + missed.size(), matchedFound.size() + falseFinds.size(), pairs.size(),
                matchedFound.size(), keyScored, keyCorrect, statusScored, statusCorrect);
    }

    /**
     * The tally of each category (see {@link FactRules#goldCategory}): answers, matches and keys counted by the
     * answer's category, found facts by their own, so a date found as a DURATION for a DATE answer counts
     * towards DATE recall and DURATION precision. Empty when the rules give no categories.
     */
    Map<String, Tally> tallyByCategory() {
        Map<String, Tally> byCategory = new TreeMap<>();
        Set<F> matchedFound = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Pair<G, F> pair : pairs) {
            boolean keyScored = rules.keyScored(pair.gold());
            boolean firstMatchOfFound = matchedFound.add(pair.found());
            add(byCategory, rules.goldCategory(pair.gold()), new Tally(1, 0, 1, 0, keyScored ? 1 : 0, keyScored && keyAgrees(pair) ? 1 : 0, 0, 0));
            if (firstMatchOfFound) {
                add(byCategory, rules.foundCategory(pair.found()), new Tally(0, 1, 0, 1, 0, 0, 0, 0));
            }
        }
        missed.forEach(gold -> add(byCategory, rules.goldCategory(gold), new Tally(1, 0, 0, 0, 0, 0, 0, 0)));
        falseFinds.forEach(found -> add(byCategory, rules.foundCategory(found), new Tally(0, 1, 0, 0, 0, 0, 0, 0)));
        return byCategory;
    }

    private static void add(Map<String, Tally> byCategory, String category, Tally tally) {
        if (category != null) {
            byCategory.merge(category, tally, Tally::plus);
        }
    }

    List<Discrepancy> discrepancies(String clipping, FactKind kind) {
        List<Discrepancy> discrepancies = new ArrayList<>();
        missed.forEach(gold -> discrepancies.add(
                new Discrepancy(clipping, kind, Discrepancy.Type.MISS, rules.gold(gold), null)));
        pairs.stream().filter(this::keyWrong).forEach(pair -> discrepancies.add(new Discrepancy(
                clipping, kind, Discrepancy.Type.WRONG_KEY, rules.gold(pair.gold()), rules.found(pair.found()))));
        pairs.stream().filter(this::statusWrong).forEach(pair -> discrepancies.add(new Discrepancy(clipping, kind,
                Discrepancy.Type.WRONG_STATUS, withKey(rules.gold(pair.gold()), rules.goldStatus(pair.gold())),
                withKey(rules.found(pair.found()), rules.foundStatus(pair.found())))));
        falseFinds.forEach(found -> discrepancies.add(
                new Discrepancy(clipping, kind, Discrepancy.Type.FALSE_FIND, null, rules.found(found))));
        return discrepancies;
    }

    private static ShownFact withKey(ShownFact finding, String key) {
        return new ShownFact(finding.text(), finding.span(), key);
    }
}
