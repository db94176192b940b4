package org.clipfacts.eval;

import org.clipfacts.extract.Names;
import org.clipfacts.model.Charge;

import java.util.Objects;

/**
 * A charge's key is its defendant, the charge and the count together. Charges are named more or less fully
 * ("criminal charges", "charges"), so one may contain the other; synonyms ("spying", "espionage") differ.
 */
final class ChargeRules implements FactRules<Gold.Charge, Charge> {
    @Override
    public ShownFact gold(Gold.Charge gold) {
        return new ShownFact(gold.text(), gold.span(), key(slug(gold.defendant()), gold.charge(), gold.count()));
    }

    @Override
    public ShownFact found(Charge found) {
        return new ShownFact(found.text(), new Span(found.start(), found.end()),
                key(found.defendant(), found.charge(), found.count()));
    }

    @Override
    public boolean keyAgrees(Gold.Charge gold, Charge found) {
        return Objects.equals(slug(gold.defendant()), slug(found.defendant()))
                && chargesAgree(gold.charge(), found.charge())
                && Objects.equals(gold.count(), found.count());
    }

    @Override
    public String goldStatus(Gold.Charge gold) {
        return gold.status();
    }

    @Override
    public String foundStatus(Charge found) {
        return found.status();
    }

    private static boolean chargesAgree(String gold, String found) {
        if (gold == null || found == null) {
            return gold == null && found == null;
        }
        return FactRules.equalOrContains(Names.slug(gold), Names.slug(found));
    }

    private static String slug(String name) {
        return name == null ? null : Names.slug(name);
    }

    private static String key(String defendant, String charge, Integer count) {
        return defendant + "; " + charge + "; " + count;
    }
}
