package org.clipfacts.eval;

/**
 * Counts for one kind of fact, and the scores they give. A ratio with nothing to count (0 of 0) is 1: no
 * answers and nothing found is a perfect result.
 */
public record Tally(int gold, int found, int matched, int keyCorrect) {
    public static final Tally NONE = new Tally(0, 0, 0, 0);

    public Tally plus(Tally other) {
        return new Tally(gold + other.gold, found + other.found, matched + other.matched, keyCorrect + other.keyCorrect);
    }

    public double precision() {
        return ratio(matched, found);
    }

    public double recall() {
        return ratio(matched, gold);
    }

    public double f1() {
        double precision = precision();
        double recall = recall();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The share of matched facts whose key field agrees with the answer. */
    public double keyAccuracy() {
        return ratio(keyCorrect, matched);
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
