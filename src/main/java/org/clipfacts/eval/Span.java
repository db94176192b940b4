package org.clipfacts.eval;

/** A stretch of a clipping in code-point offsets, end exclusive, as in the output contract. */
public record Span(int start, int end) {
    /** How many code points the two spans share; 0 when they are disjoint. */
    int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
