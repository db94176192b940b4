package org.clipfacts.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The kinds of fact a user can ask for with {@code --facts}. */
public enum FactKind {
    PEOPLE, DATES, CHARGES, QUOTES;

    public static final Set<FactKind> ALL = Set.copyOf(EnumSet.allOf(FactKind.class));

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
