package org.clipfacts.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of fact a user can ask for with {@code --facts}, each with what extracting it needs: the one place
 * that decides which models a set of facts loads. Quotes and charges name people, so they need names.
 */
public enum FactKind {
    PEOPLE(true, false, false), DATES(false, false, true), CHARGES(true, true, false), QUOTES(true, true, false);

    public static final Set<FactKind> ALL = Set.copyOf(EnumSet.allOf(FactKind.class));

    /** The people of the article: the tagger, NER and the gazetteer. */
    private final boolean names;
    /** Dependency parses of the sentences the extractor looks at. */
    private final boolean parses;
    /** The temporal tagger. */
    private final boolean timeExpressions;

    FactKind(boolean names, boolean parses, boolean timeExpressions) {
        this.names = names;
        this.parses = parses;
        this.timeExpressions = timeExpressions;
    }

    public static boolean needNames(Collection<FactKind> kinds) {
        return kinds.stream().anyMatch(kind -> kind.names);
    }

    public static boolean needParses(Collection<FactKind> kinds) {
        return kinds.stream().anyMatch(kind -> kind.parses);
    }

    public static boolean needTimeExpressions(Collection<FactKind> kinds) {
        return kinds.stream().anyMatch(kind -> kind.timeExpressions);
    }

    /** The name used on the command line and in output: {@code people}, {@code dates}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A copy as an EnumSet (iteration in declaration order); unlike EnumSet.copyOf, it takes any empty collection. */
    public static EnumSet<FactKind> setOf(Collection<FactKind> kinds) {
        return kinds.isEmpty() ? EnumSet.noneOf(FactKind.class) : EnumSet.copyOf(kinds);
    }

    public static FactKind fromLabel(String label) {
        for (FactKind kind : values()) {
            if (kind.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown fact kind '" + label + "' (expected one of people, dates, charges, quotes)");
    }
}
