package org.clipfacts.eval;

/**
 * Counts for one kind of fact, and the scores they give. A ratio with nothing to count (0 of 0) is 1: no
 * answers and nothing found is a perfect result.
 *
 * <p>Several answers may share one span (a charge statement naming two defendants): a found fact then
 * matches each of them whose key it gets right. So {@code matched} counts answers matched (recall) and
 * {@code matchedFound} found facts that match at least one answer (precision). {@code keyScored} counts the
 * matched answers whose key is scored (a quote whose speaker the annotators could not name is not), and
 * {@code statusScored} and {@code statusCorrect} the matched charge answers that give a status.
 */
public record Tally(int gold, int found, int matched, int matchedFound, int keyScored, int keyCorrect,
                    int statusScored, int statusCorrect) {
    public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0);

    /** One answer per found fact and every key scored, as for people, dates and quotes of most sets. */
    public static Tally of(int gold, int found, int matched, int keyCorrect) {
        return new Tally(gold, found, matched, matched, matched, keyCorrect, 0, 0);
    }

    public Tally plus(Tally other) {
        return new Tally(gold + other.gold, found + other.found, matched + other.matched, matchedFound + other.matchedFound,
                keyScored + other.keyScored, keyCorrect + other.keyCorrect, statusScored + other.statusScored,
                statusCorrect + other.statusCorrect);
    }

    public double precision() {
        return ratio(matchedFound, found);
    }

    public double recall() {
        return ratio(matched, gold);
    }

    public double f1() {
        double precision = precision();
        double recall = recall();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The share of matched answers, among those whose key is scored, that the found fact's key agrees with. */
    public double keyAccuracy() {
        return ratio(keyCorrect, keyScored);
    }

    /** The share of matched charge answers with a status whose status the found charge gives. */
    public double statusAccuracy() {
        return ratio(statusCorrect, statusScored);
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
