package org.clipfacts.eval;

import org.clipfacts.extract.Names;
import org.clipfacts.model.Person;

import java.util.List;

/**
 * People have no answer offsets: a found person is the answer person when the canonical names agree, or
 * when one side's name is among the other side's aliases. The key is the canonical name itself.
 */
final class PeopleRules implements FactRules<Gold.Person, Person> {
    private static final int SAME_NAME = 2;
    private static final int ALIAS = 1;

    @Override
    public ShownFact gold(Gold.Person gold) {
        return new ShownFact(gold.name(), null, gold.name());
    }

    @Override
    public ShownFact found(Person found) {
        Span first = found.mentions().isEmpty() ? null
                : new Span(found.mentions().get(0).start(), found.mentions().get(0).end());
        return new ShownFact(found.name(), first, found.name());
    }

    @Override
    public int affinity(Gold.Person gold, Person found) {
        if (keyAgrees(gold, found)) {
            return SAME_NAME;
        }
        boolean aliased = isAmong(found.name(), gold.aliases()) || isAmong(gold.name(), found.aliases());
        return aliased ? ALIAS : 0;
    }

    @Override
    public boolean keyAgrees(Gold.Person gold, Person found) {
        return Names.slug(gold.name()).equals(Names.slug(found.name()));
    }

    private static boolean isAmong(String name, List<String> aliases) {
        String slug = Names.slug(name);
        return aliases.stream().map(Names::slug).anyMatch(slug::equals);
    }
}
