package org.clipfacts.extract;

import org.clipfacts.article.Article;
import org.clipfacts.model.Mention;
import org.clipfacts.model.Person;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The people of one article, with the look-ups that quotes and charges need to name a person. */
public final class People {
    private final List<PersonEntity> persons;
    private final List<Named> mentions;

    /** A name mention and the person it names. */
    record Named(PersonEntity.NameSpan span, PersonEntity person) {
    }

    People(List<PersonEntity> persons) {
        this.persons = List.copyOf(persons);
        this.mentions = persons.stream()
                .flatMap(person -> person.mentions().stream().map(span -> new Named(span, person)))
                .sorted(Comparator.comparingInt(named -> named.span().start()))
                .toList();
    }

    public List<Person> toModel(Article article) {
        return persons.stream()
                .map(person -> person.toModel(span -> new Mention(article.slice(span.start(), span.end()),
                        article.codePoint(span.start()), article.codePoint(span.end()))))
                .toList();
    }

    /** The person named by a mention overlapping the char range, if any. */
    Optional<PersonEntity> at(int start, int end) {
        return namedAt(start, end).map(Named::person);
    }

    /** The one person whose name has these words in this order ("pence" for Mike Pence), if only one has. */
    Optional<PersonEntity> named(List<String> words) {
        List<PersonEntity> named = persons.stream().filter(person -> person.contains(words)).limit(2).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The person with this id, if any. */
    Optional<PersonEntity> byId(String id) {
        return persons.stream().filter(person -> person.id().equals(id)).findFirst();
    }

    /** The name mention overlapping the char range, if any. */
    Optional<PersonEntity.NameSpan> mentionAt(int start, int end) {
        return namedAt(start, end).map(Named::span);
    }

    private Optional<Named> namedAt(int start, int end) {
        return mentions.stream()
                .filter(named -> named.span().start() < end && start < named.span().end())
                .findFirst();
    }

    /** Name mentions that end before the char offset, nearest first. */
    List<Named> mentionsBefore(int offset) {
        return mentions.stream()
                .filter(named -> named.span().end() <= offset)
                .sorted(Comparator.comparingInt((Named named) -> named.span().start()).reversed())
                .toList();
    }

    /** Among the people holding a title that passes the test, the one named last before {@code offset}. */
    Optional<PersonEntity> titleHolder(Predicate<String> titleTest, int offset) {
        List<PersonEntity> holders = persons.stream()
                .filter(person -> person.titles().stream().anyMatch(titleTest))
                .toList();
        return namedLastBefore(holders, offset);
    }

    private Optional<PersonEntity> namedLastBefore(List<PersonEntity> candidates, int offset) {
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        return mentionsBefore(offset).stream().map(Named::person).filter(candidates::contains).findFirst();
    }

}
