package org.clipfacts.extract;

import org.clipfacts.model.Mention;
import org.clipfacts.model.Person;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One person while the people of an article are being gathered: mentions are char offsets until output. */
final class PersonEntity {
    private String name;
    private List<String> words;
    private final Set<String> spellings = new LinkedHashSet<>();
    private final Set<String> titles = new LinkedHashSet<>();
    private final List<NameSpan> mentions = new ArrayList<>();
    private boolean initialsInId;
    /** "Ken", "Rob", "Dan": shorter first names are initials or other names. */
    private static final int MIN_SHORT_FIRST_NAME = 3;
    /** "Donald Jr." is no first and last name of Donald Trump Jr. */
    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");

    /**
     * A name mention in char offsets of the article: {@code text} as written, {@code name} the name it gives
     * ("Alex Ferguson" for "Mr Alex Ferguson", "Lord Woolf" and "Sir Alex Ferguson" for themselves).
     */
    record NameSpan(int start, int end, String text, String name) {
        NameSpan(int start, int end, String text) {
            this(start, end, text, text);
        }
    }

    PersonEntity(NameSpan first) {
        this.name = first.name();
        this.words = Names.words(first.name());
        add(first);
    }

    /** The fullest name given wins; among equals, the one kept with its style ("Lord Woolf" over "Woolf"), then accents. */
    void add(NameSpan mention) {
        mentions.add(mention);
        spellings.add(mention.text());
        List<String> mentionWords = Names.words(mention.name());
        boolean fuller = mentionWords.size() > words.size();
        boolean same = mentionWords.equals(words);
        boolean styled = same && slugWords(mention.name()) > slugWords(name);
        boolean accented = same && slugWords(mention.name()) == slugWords(name) && accents(mention.name()) > accents(name);
        // "Kenneth Starr" over "Ken Starr": a variant's longer first name is the fuller form.
        boolean longerFirstName = mentionWords.size() == words.size() && mentionWords.size() > 1 && !same
                && mentionWords.get(0).length() > words.get(0).length();
        if (fuller || styled || accented || longerFirstName) {
            name = mention.name();
            words = mentionWords;
        }
    }

    /** The gender the first of its mentions that tells one implies (Mr Smith, Hillary Clinton), else unknown. */
    Gender gender() {
        return mentions.stream().map(mention -> Gender.ofName(mention.text()))
                .filter(gender -> gender != Gender.UNKNOWN)
                .findFirst()
                .orElse(Gender.UNKNOWN);
    }

    /** Whether some mention was written with more than the words of the name: an honorific or a style. */
    boolean addressedWithTitle() {
        return mentions.stream().anyMatch(mention -> slugWords(mention.text()) > Names.words(mention.name()).size());
    }

    void addTitle(String title) {
        titles.add(title);
    }

    String name() {
        return name;
    }

    /**
     * The slug of the name, without middle initials; and without middle names the article also leaves out,
     * so that Hillary Rodham Clinton, written "Hillary Clinton" too, is {@code hillary-clinton} as in
     * other articles.
     */
    String id() {
        if (initialsInId) {
            return Names.slug(name);
        }
        List<String> firstAndLast = List.of(words.get(0), surname());
        boolean middleLeftOut = words.size() > 2 && !GENERATIONS.contains(firstAndLast.get(1)) && mentions.stream().anyMatch(mention -> Names.words(mention.name()).equals(firstAndLast));
        return middleLeftOut ? String.join("-", firstAndLast) : Names.personId(name);
    }

    /** For two people of one article whose names differ only in middle initials ("George W Bush", "George Bush"). */
    void keepInitialsInId() {
        initialsInId = true;
    }

    List<String> words() {
        return words;
    }

    /** The last word of the name. */
    String surname() {
        return words.get(words.size() - 1);
    }

    List<NameSpan> mentions() {
        return mentions;
    }

    /** Where the article first names the person, as far as the mentions gathered so far tell. */
    int firstStart() {
        return mentions.stream().mapToInt(NameSpan::start).min().orElse(Integer.MAX_VALUE);
    }

    Set<String> titles() {
        return titles;
    }

    /** The initials of the full name, {@code amlo} for Andrés Manuel López Obrador; empty for one word. */
    String initials() {
        if (words.size() < 2) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        words.forEach(word -> initials.append(word.charAt(0)));
        return initials.toString();
    }

    /** The words of the name without its middle initials: "loretta lynch" of Loretta E. Lynch. */
    List<String> withoutMiddleInitials() {
        if (words.size() < 3) {
            return words;
        }
        List<String> kept = new ArrayList<>(List.of(words.get(0)));
        words.subList(1, words.size() - 1).stream().filter(word -> word.length() > 1).forEach(kept::add);
        kept.add(surname());
        return kept;
    }

    /**
     * Whether a name of two or more words is another way of writing this person's: the same surname, and a
     * first name shortened ("Ken" of Kenneth) or a letter apart ("Hilary"), or middle names left out or
     * added ("Hillary Clinton" of Hillary Rodham Clinton). Names apart only in middle initials are left to
     * {@link #withoutMiddleInitials}, which knows "George Bush" from "George W. Bush" in a list.
     */
    boolean writtenOtherwiseAs(List<String> other) {
        if (words.size() < 2 || other.size() < 2 || words.equals(other)
                || !surname().equals(other.get(other.size() - 1))) {
            return false;
        }
        String first = words.get(0);
        String otherFirst = other.get(0);
        boolean shortened = Math.min(first.length(), otherFirst.length()) >= MIN_SHORT_FIRST_NAME
                && (first.startsWith(otherFirst) || otherFirst.startsWith(first));
        if (!first.equals(otherFirst) && !shortened && !Names.typoApart(first, otherFirst)) {
            return false;
        }
        List<String> middle = fullWords(words.subList(1, words.size() - 1));
        List<String> otherMiddle = fullWords(other.subList(1, other.size() - 1));
        if (first.equals(otherFirst) && middle.equals(otherMiddle)) {
            return false;
        }
        return middle.isEmpty() || otherMiddle.isEmpty() || middle.equals(otherMiddle);
    }

    private static List<String> fullWords(List<String> words) {
        return words.stream().filter(word -> word.length() > 1).toList();
    }

    /** Whether the words of a shorter name stand in this person's name, in order and side by side. */
    boolean contains(List<String> otherWords) {
        return !otherWords.isEmpty() && java.util.Collections.indexOfSubList(words, otherWords) >= 0;
    }

    Person toModel(java.util.function.Function<NameSpan, Mention> toMention) {
        List<String> aliases = spellings.stream().filter(spelling -> !spelling.equals(name)).toList();
        return new Person(id(), name, aliases, List.copyOf(titles), mentions.stream()
                .sorted(java.util.Comparator.comparingInt(NameSpan::start)).map(toMention).toList());
    }

    private static int slugWords(String text) {
        return Names.slug(text).split("-").length;
    }

    private static long accents(String text) {
        return text.chars().filter(c -> c > 127).count();
    }
}
