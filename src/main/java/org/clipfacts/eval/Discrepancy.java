package org.clipfacts.eval;

import org.clipfacts.model.FactKind;

/** One way the found facts differ from the answers; {@code gold} or {@code found} is null when there is none. */
public record Discrepancy(String clipping, FactKind kind, Type type, ShownFact gold, ShownFact found) {
    public enum Type {
        /** An answer no found fact overlaps. */
        MISS,
        /** A found fact that overlaps no answer. */
        FALSE_FIND,
        /** A found fact paired with its answer whose key field disagrees. */
        WRONG_KEY,
        /** A found charge paired with its answer whose status disagrees: {@link ShownFact#key} holds the statuses. */
        WRONG_STATUS
    }
}
