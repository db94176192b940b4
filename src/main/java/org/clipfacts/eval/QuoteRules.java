package org.clipfacts.eval;

import org.clipfacts.extract.Names;
import org.clipfacts.model.Quote;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A quote's key is its speaker. An answer speaker who is one of the answer people must be named exactly
 * (as a slug); any other speaker is a group, whose name may be given more or less fully.
 */
final class QuoteRules implements FactRules<Gold.Quote, Quote> {
    private final Set<String> people;

    QuoteRules(List<Gold.Person> people) {
        this.people = people.stream().map(person -> Names.slug(person.name())).collect(Collectors.toSet());
    }

    @Override
    public ShownFact gold(Gold.Quote gold) {
        return new ShownFact(gold.text(), gold.span(), gold.speaker() == null ? null : Names.slug(gold.speaker()));
    }

    @Override
    public ShownFact found(Quote found) {
        return new ShownFact(found.text(), new Span(found.start(), found.end()), found.speaker());
    }

    @Override
    public boolean keyScored(Gold.Quote gold) {
        return !gold.unresolved();
    }

    @Override
    public boolean keyAgrees(Gold.Quote gold, Quote found) {
        if (gold.speaker() == null || found.speaker() == null) {
            return gold.speaker() == null && found.speaker() == null;
        }
        String expected = Names.slug(gold.speaker());
        Stream<String> named = Stream.of(found.speaker(), found.speakerName()).filter(Objects::nonNull).map(Names::slug);
        return people.contains(expected)
                ? named.anyMatch(expected::equals)
                : named.anyMatch(slug -> FactRules.equalOrContains(expected, slug));
    }

    /**
     * The acceptance view of speakers: judged over every answer quote that names one. A quote whose speaker
     * the annotators could not name counts in neither figure.
     */
    SpeakerTally speakers(List<Gold.Quote> golds, Comparison<Gold.Quote, Quote> comparison) {
        int withSpeaker = (int) golds.stream().filter(QuoteRules::namesSpeaker).count();
        int correct = (int) comparison.pairs().stream()
                .filter(pair -> namesSpeaker(pair.gold()) && comparison.keyAgrees(pair))
                .count();
        int wrongNonNull = (int) comparison.pairs().stream()
                .filter(pair -> pair.found().speaker() != null && comparison.keyWrong(pair))
                .count();
        return new SpeakerTally(withSpeaker, correct, wrongNonNull);
    }

    private static boolean namesSpeaker(Gold.Quote gold) {
        return gold.speaker() != null && !gold.unresolved();
    }
}
