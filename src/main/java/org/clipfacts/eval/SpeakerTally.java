package org.clipfacts.eval;

/**
 * Speaker counts over the answers rather than the matches: how many answer quotes name a speaker, for how
 * many of them the matching found quote names the same one, and how many matched quotes name someone wrongly.
 */
public record SpeakerTally(int withSpeaker, int correct, int wrongNonNull) {
    public static final SpeakerTally NONE = new SpeakerTally(0, 0, 0);

    public SpeakerTally plus(SpeakerTally other) {
        return new SpeakerTally(withSpeaker + other.withSpeaker, correct + other.correct, wrongNonNull + other.wrongNonNull);
    }

    public double accuracy() {
        return Tally.ratio(correct, withSpeaker);
    }

    /** The wrong non-null speakers as a share of {@code quotes} answer quotes. */
    public double wrongShareOf(int quotes) {
        return Tally.ratio(wrongNonNull, quotes);
    }
}
