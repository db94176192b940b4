package org.clipfacts.check;

import org.clipfacts.extract.Names;
import org.clipfacts.model.Document;
import org.clipfacts.model.Mention;
import org.clipfacts.model.Person;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code person.spelling}: one person written two ways, or two ids that are likely one person split.
 * <ul>
 *   <li>one id whose name is written differently beyond accents and case ("O'Brien", "OBrien"): one level
 *       below the rule's severity, since the id already joins them;</li>
 *   <li>one id reached from a spelling a typo away from its name ("Assagne" for Julian Assange);</li>
 *   <li>two ids a typo apart ({@code julian-assange}, {@code julian-asange});</li>
 *   <li>an id of the surname alone where the corpus has exactly one full name ending in it ({@code biden},
 *       {@code joe-biden}): one level below, since it may be another person of that name.</li>
 * </ul>
 * Two ids named in the same clipping are two people as far as that clipping goes, and are never paired.
 * Near-identical ids are found through the one-letter deletions of their letters, not by comparing every
 * pair of ids.
 */
final class PersonSpellingRule extends CheckRule {
    static final String ID = "person.spelling";
    /** Enough places to find each spelling; the message counts them all. */
    private static final int LOCATIONS_PER_NAME = 5;

    /** One person entry of one clipping. */
    private record Entry(Document document, Person person) {
    }

    PersonSpellingRule() {
        super(ID, Severity.WARNING, "A person spelled two ways, or two person ids that are likely the same person split.");
    }

    @Override
    public List<Finding> check(CheckedCorpus corpus, Severity severity) {
        Map<String, List<Entry>> byId = new LinkedHashMap<>();
        for (Document document : corpus.documents()) {
            for (Person person : document.people()) {
                byId.computeIfAbsent(person.id(), id -> new ArrayList<>()).add(new Entry(document, person));
            }
        }
        List<Finding> findings = new ArrayList<>();
        byId.forEach((id, entries) -> {
            differentlyWrittenNames(id, entries, severity.lower()).ifPresent(findings::add);
            findings.addAll(misspelledAliases(id, entries, severity));
        });
        findings.addAll(splitIds(byId, severity));
        return findings;
    }

    private static Optional<Finding> differentlyWrittenNames(String id, List<Entry> entries, Severity severity) {
        Map<String, List<Entry>> byWriting = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byWriting.computeIfAbsent(Names.fold(entry.person().name()), folded -> new ArrayList<>()).add(entry);
        }
        if (byWriting.size() < 2) {
            return Optional.empty();
        }
        List<String> writings = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        byWriting.values().forEach(group -> {
            writings.add("'" + group.get(0).person().name() + "' (" + Phrases.count(group.size(), "clipping") + ")");
            locations.addAll(firstMentions(group));
        });
        return Optional.of(new Finding(ID, severity, id + " is written " + writings.size() + " ways: " + String.join(", ", writings), locations));
    }

    /** Aliases with a word a typo away from a word of the person's name: "Assagne" beside "Julian Assange". */
    private static List<Finding> misspelledAliases(String id, List<Entry> entries, Severity severity) {
        Map<String, List<Location>> placesByPair = new LinkedHashMap<>();
        for (Entry entry : entries) {
            List<String> nameWords = NameForms.words(entry.person().name());
            for (Mention mention : entry.person().mentions()) {
                for (String word : NameForms.words(mention.text())) {
                    for (String nameWord : nameWords.contains(word) ? List.<String>of() : nameWords) {
                        if (Names.typoApart(word, nameWord)) {
                            placesByPair.computeIfAbsent("'" + word + "' and '" + nameWord + "'", pair -> new ArrayList<>())
                                    .add(Location.fact(entry.document().source(), mention.start(), mention.end(), mention.text(), null));
                        }
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        placesByPair.forEach((pair, places) -> findings.add(new Finding(ID, severity,
                id + " is spelled both " + pair + " (" + Phrases.count(places.size(), "mention") + ")",
                places.subList(0, Math.min(places.size(), LOCATIONS_PER_NAME)))));
        return findings;
    }

    private static List<Finding> splitIds(Map<String, List<Entry>> byId, Severity severity) {
        Map<String, Set<Document>> documentsById = new HashMap<>();
        byId.forEach((id, entries) -> documentsById.put(id, documentSet(entries)));
        List<Finding> findings = new ArrayList<>();
        for (List<String> pair : typoPairs(byId.keySet())) {
            if (!together(documentsById, pair.get(0), pair.get(1))) {
                findings.add(splitFinding(byId, pair.get(0), pair.get(1), severity,
                        "are near-identical: likely one person split in two"));
            }
        }
        Map<String, List<String>> fullIdsBySurname = new HashMap<>();
        for (String id : byId.keySet()) {
            List<String> words = NameForms.words(id);
            if (words.size() > 1) {
                fullIdsBySurname.computeIfAbsent(words.get(words.size() - 1), surname -> new ArrayList<>()).add(id);
            }
        }
        for (String id : byId.keySet()) {
            List<String> fullIds = fullIdsBySurname.getOrDefault(id, List.of());
            if (fullIds.size() == 1 && !together(documentsById, id, fullIds.get(0))) {
                findings.add(splitFinding(byId, id, fullIds.get(0), severity.lower(),
                        "may be one person: the first gives the surname alone"));
            }
        }
        return findings;
    }

    private static Finding splitFinding(Map<String, List<Entry>> byId, String first, String second, Severity severity, String why) {
        List<Entry> firstEntries = byId.get(first);
        List<Entry> secondEntries = byId.get(second);
        List<Location> locations = new ArrayList<>(firstMentions(firstEntries));
        locations.addAll(firstMentions(secondEntries));
        return new Finding(ID, severity, first + " (" + Phrases.count(firstEntries.size(), "clipping") + ") and " + second + " ("
                + Phrases.count(secondEntries.size(), "clipping") + ") " + why, locations);
    }

    /** Pairs of ids whose letters are a typo apart, found through shared one-letter deletions. */
    private static Set<List<String>> typoPairs(Set<String> ids) {
        Map<String, List<String>> idsByDeletion = new HashMap<>();
        for (String id : ids) {
            String letters = NameForms.letters(id);
            if (letters.length() < Names.MIN_LETTERS_FOR_TYPO) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            keys.add(letters);
            for (int i = 0; i < letters.length(); i++) {
                keys.add(letters.substring(0, i) + letters.substring(i + 1));
            }
            keys.forEach(key -> idsByDeletion.computeIfAbsent(key, k -> new ArrayList<>()).add(id));
        }
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (List<String> sharing : idsByDeletion.values()) {
            for (int i = 0; i < sharing.size(); i++) {
                for (int j = i + 1; j < sharing.size(); j++) {
                    String a = sharing.get(i);
                    String b = sharing.get(j);
                    if (Names.typoApart(NameForms.letters(a), NameForms.letters(b))) {
                        pairs.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
                    }
                }
            }
        }
        return pairs;
    }

    private static boolean together(Map<String, Set<Document>> documentsById, String a, String b) {
        Set<Document> first = documentsById.get(a);
        Set<Document> second = documentsById.get(b);
        Set<Document> smaller = first.size() <= second.size() ? first : second;
        Set<Document> larger = smaller == first ? second : first;
        return smaller.stream().anyMatch(larger::contains);
    }

    private static Set<Document> documentSet(List<Entry> entries) {
        Set<Document> documents = Collections.newSetFromMap(new IdentityHashMap<>());
        entries.forEach(entry -> documents.add(entry.document()));
        return documents;
    }

    private static List<Location> firstMentions(List<Entry> entries) {
        Set<String> seen = new TreeSet<>();
        List<Location> locations = new ArrayList<>();
        for (Entry entry : entries) {
            if (locations.size() == LOCATIONS_PER_NAME || !seen.add(entry.document().source())) {
                continue;
            }
            Person person = entry.person();
            Mention first = person.mentions().isEmpty() ? null : person.mentions().get(0);
            locations.add(first == null ? Location.ofFile(entry.document().source())
                    : Location.fact(entry.document().source(), first.start(), first.end(), first.text(), person.name()));
        }
        return locations;
    }

}
