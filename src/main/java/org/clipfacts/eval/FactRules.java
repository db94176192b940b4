package org.clipfacts.eval;

import org.clipfacts.model.FactKind;

/**
 * How one kind of fact pairs with its answers, and which field of a pair must agree. Names and charges are
 * compared as slugs (see {@link org.clipfacts.extract.Names#slug}): accents, case and punctuation do not count.
 */
interface FactRules<G, F> {
    ShownFact gold(G gold);

    ShownFact found(F found);

    boolean keyAgrees(G gold, F found);

    /** Whether the answer's key is scored at all (not for a quote whose speaker the annotators could not name). */
    default boolean keyScored(G gold) {
        return true;
    }

    /** Where the case stands by the answer, or null when it does not say; only charges have a status. */
    default String goldStatus(G gold) {
        return null;
    }

    default String foundStatus(F found) {
        return null;
    }

    /** The sort of answer reports break the figures down by (a date's TIMEX3 type), or null for no breakdown. */
    default String goldCategory(G gold) {
        return null;
    }

    default String foundCategory(F found) {
        return null;
    }

    /** How strongly a found fact claims an answer: 0 when it cannot be its match; strongest claims pair first. */
    default int affinity(G gold, F found) {
        return gold(gold).span().overlap(found(found).span());
    }

    /** The field that must agree once a fact has found its answer, as reports name it. */
    static String keyField(FactKind kind) {
        return switch (kind) {
            case PEOPLE -> "name";
            case DATES -> "value";
            case CHARGES -> "defendant/charge/count";
            case QUOTES -> "speaker";
        };
    }

    /** Lenient equality for names of groups and of charges, which are written more or less fully. */
    static boolean equalOrContains(String slug, String other) {
        return !slug.isEmpty() && !other.isEmpty() && (slug.contains(other) || other.contains(slug));
    }
}
