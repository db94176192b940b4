package org.clipfacts.corpus;

import org.clipfacts.extract.Names;
import org.clipfacts.model.CorpusPerson;
import org.clipfacts.model.Document;
import org.clipfacts.model.Person;
import org.clipfacts.output.DocumentWriter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of a corpus, one entry per person across its documents. Documents keep their own ids (the
 * slug of the fullest name each article gives); the index maps them: the same name is the same person, and
 * a surname or a shorter name ("Trump", "López Obrador", "Donald Trump") joins the one fuller name in the
 * corpus it fits ("Donald J. Trump") when the articles agree, and stays its own entry when two fuller names
 * fit ("Biden" beside "Joe Biden" and "Jill Biden"); see {@link #owners()}. Only the people of each document
 * are kept, never the documents.
 */
public final class PeopleIndex {
    /**
     * Everything the corpus says about one name (its slug, a knighthood left out: "Sir John Stevens" in one
     * article is "John Stevens" in another), or about one appearance set apart from it.
     */
    private static final class Named {
        final List<String> words;
        final boolean setApart;
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final Map<String, Integer> titles = new LinkedHashMap<>();
        final List<Appearance> articles = new ArrayList<>();
        int mentions;
        String firstDate;
        String lastDate;

        Named(String name, boolean setApart) {
            this.words = Names.words(name);
            this.setApart = setApart;
        }

        /** Whether the name keeps a style ("Lord Woolf"): more words than the name's own; a knight's full name does not. */
        boolean styled() {
            return Names.slug(Names.withoutKnighthood(name())).split("-").length > words.size();
        }

        String id() {
            return Names.slug(name());
        }

        /** The spelling most articles give, the first seen among equals. */
        String name() {
            return spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        /** The heads of its titles: "president" of "US President", "mr" of "Mr". */
        Set<String> titleHeads() {
            Set<String> heads = new HashSet<>();
            for (String title : titles.keySet()) {
                List<String> words = Names.words(title.split(" of ")[0]);
                if (!words.isEmpty()) {
                    heads.add(words.get(words.size() - 1));
                }
            }
            return heads;
        }
    }

    /** An article naming the person, numbered in the order the run wrote it. */
    private record Appearance(int document, CorpusPerson.Appearance appearance) {
    }

    private final Map<String, Named> byName = new LinkedHashMap<>();
    /** The names of each document, in the order the run wrote them: whom each person is named beside. */
    private final List<List<Named>> documentNames = new ArrayList<>();

    /**
     * Indexes the people of a document. A person the article names beside a fuller name it fits, as
     * someone else, is set apart: that article tells they are two. That is a surname the article gave to
     * nobody it names in full ("Mrs Wilkinson" beside "Jonny Wilkinson"), or a name without the other's
     * middle initial ("George Bush" beside "George W Bush"); an initial for the given name ("K Holmes"
     * beside "Kelly Holmes") is only a shorter form.
     */
    public void add(Document document) {
        String date = document.article() == null ? null : document.article().date();
        int number = documentNames.size();
        List<Named> names = new ArrayList<>();
        for (Person person : document.people()) {
            List<String> words = Names.words(person.name());
            boolean setApart = document.people().stream().map(other -> Names.words(other.name()))
                    .anyMatch(other -> fits(words, other) && (words.size() == 1 || lacksMiddleInitials(words, other)));
            String slug = Names.slug(Names.withoutKnighthood(person.name()));
            Named named = byName.computeIfAbsent(setApart ? slug + " " + number : slug, key -> new Named(person.name(), setApart));
            named.spellings.merge(person.name(), 1, Integer::sum);
            named.aliases.addAll(person.aliases());
            person.titles().forEach(title -> named.titles.merge(title, 1, Integer::sum));
            named.articles.add(new Appearance(number, new CorpusPerson.Appearance(document.source(), person.id())));
            named.mentions += person.mentions().size();
            if (date != null) {
                named.firstDate = named.firstDate == null || date.compareTo(named.firstDate) < 0 ? date : named.firstDate;
                named.lastDate = named.lastDate == null || date.compareTo(named.lastDate) > 0 ? date : named.lastDate;
            }
            names.add(named);
        }
        documentNames.add(names);
    }

    /** Writes every document to {@code writer} and indexes it on the way. */
    public DocumentWriter indexing(DocumentWriter writer) {
        return new DocumentWriter() {
            @Override
            public void write(Document document) throws IOException {
                add(document);
                writer.write(document);
            }

            @Override
            public void finish() throws IOException {
                writer.finish();
            }
        };
    }

    /** One entry per person, most mentioned first; an id two entries would share is numbered ("george-bush-2"). */
    public List<CorpusPerson> entries() {
        Map<Named, Named> owners = owners();
        Map<Named, List<Named>> members = new LinkedHashMap<>();
        for (Named named : byName.values()) {
            members.computeIfAbsent(root(owners, named), root -> new ArrayList<>()).add(named);
        }
        List<CorpusPerson> entries = members.entrySet().stream().map(entry -> entry(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(CorpusPerson::mentions).reversed().thenComparing(CorpusPerson::id))
                .toList();
        Map<String, Integer> uses = new HashMap<>();
        return entries.stream().map(entry -> {
            int use = uses.merge(entry.id(), 1, Integer::sum);
            return use == 1 ? entry : new CorpusPerson(entry.id() + "-" + use, entry.name(), entry.aliases(), entry.titles(),
                    entry.articles(), entry.mentions(), entry.firstDate(), entry.lastDate());
        }).toList();
    }

    /**
     * For each shorter or less exact name, the name it joins. Names are taken fullest first (more words, then
     * more letters, then more mentions), so a name joins the entry its fuller forms already joined, and it
     * joins only when the names it fits make one entry. A single word fits a name it ends, or one it spells
     * the initials of; a name it opens makes it ambiguous, not fitting ("Charles" is Ray Charles' surname
     * and Charles Kennedy's given name: it stays alone; "Paula" alone joins nobody). A name kept with its
     * style ("Lord Woolf", "Prince Charles") joins none and takes none in: its one word may be a surname or
     * a given name; nor does a name set apart in its article.
     * <p>
     * A surname alone, or a name without the middle initial of the fuller one ("George Bush" for "George W
     * Bush", who may be his father), joins only on evidence a reader would take: a title of the same head
     * ("President" and "US President", "Mr" and "Mr"), or another person its articles name beside it whom
     * the fuller name's articles name too. "Bolton" in a line about a teacher from Bolton is not John
     * Bolton of the State Department.
     */
    private Map<Named, Named> owners() {
        List<Named> fullestFirst = new ArrayList<>(byName.values());
        fullestFirst.removeIf(named -> named.words.isEmpty() || named.styled() || named.setApart);
        fullestFirst.sort(Comparator.comparingInt((Named named) -> -named.words.size())
                .thenComparingInt(named -> -String.join("", named.words).length())
                .thenComparingInt(named -> -named.mentions));
        Map<String, List<Named>> byFirstWord = new HashMap<>();
        Map<String, List<Named>> byInitials = new HashMap<>();
        for (Named named : fullestFirst) {
            if (named.words.size() > 1) {
                byFirstWord.computeIfAbsent(named.words.get(0), word -> new ArrayList<>()).add(named);
            }
            byInitials.computeIfAbsent(initials(named.words), initials -> new ArrayList<>()).add(named);
        }
        byInitials.remove("");
        Map<String, List<Named>> bySurname = new HashMap<>();
        Map<Named, Named> owners = new HashMap<>();
        Map<Named, List<Named>> members = new HashMap<>();
        Map<Named, Named> fitsOnEvidence = new LinkedHashMap<>();
        for (Named named : fullestFirst) {
            List<String> words = named.words;
            String surname = words.get(words.size() - 1);
            Set<Named> fitting = new HashSet<>();
            boolean needsEvidence = words.size() == 1;
            java.util.function.Function<Named, Named> entryOf = fuller -> likelyEntry(fuller, owners, fitsOnEvidence);
            for (Named fuller : bySurname.getOrDefault(surname, List.of())) {
                if (fits(words, fuller.words)) {
                    fitting.add(entryOf.apply(fuller));
                    needsEvidence |= lacksMiddleInitials(words, fuller.words);
                }
            }
            if (words.size() == 1 && !fitting.isEmpty()) {
                byFirstWord.getOrDefault(surname, List.of()).forEach(fuller -> fitting.add(entryOf.apply(fuller)));
            }
            if (words.size() == 1) {
                byInitials.getOrDefault(surname, List.of()).forEach(fuller -> fitting.add(entryOf.apply(fuller)));
            }
            if (fitting.size() == 1) {
                Named owner = fitting.iterator().next();
                if (needsEvidence) {
                    fitsOnEvidence.put(named, owner);
                } else {
                    owners.put(named, owner);
                    members.computeIfAbsent(owner, root -> new ArrayList<>(List.of(root))).add(named);
                }
            }
            bySurname.computeIfAbsent(surname, word -> new ArrayList<>()).add(named);
        }
        Map<Named, Named> joined = new HashMap<>();
        fitsOnEvidence.forEach((named, owner) -> {
            if (evidence(named, owner, members, owners, fitsOnEvidence)) {
                joined.put(named, owner);
            }
        });
        owners.putAll(joined);
        return owners;
    }

    /** Whether the fuller name has middle initials the name has not ("Donald J Trump" for "Donald Trump"). */
    private static boolean lacksMiddleInitials(List<String> name, List<String> fuller) {
        return !middleInitials(fuller).equals(middleInitials(name));
    }

    private static List<String> middleInitials(List<String> words) {
        return words.size() < 3 ? List.of() : words.subList(1, words.size() - 1).stream().filter(word -> word.length() == 1).toList();
    }

    /**
     * Whether the entry {@code owner} heads (with its {@code members}) and the name share a title head, or
     * another person named beside each of them in some article; a person named beside is taken as the entry
     * its name fits, so that "Trump" beside "Biden" in one article and "Donald Trump" beside "Joe Biden" in
     * another agree.
     */
    private boolean evidence(Named named, Named owner, Map<Named, List<Named>> members, Map<Named, Named> owners,
                             Map<Named, Named> fitsOnEvidence) {
        List<Named> entry = members.getOrDefault(owner, List.of(owner));
        Set<String> heads = named.titleHeads();
        if (entry.stream().anyMatch(member -> !java.util.Collections.disjoint(heads, member.titleHeads()))) {
            return true;
        }
        Set<Named> besideEntry = new HashSet<>();
        entry.forEach(member -> besideEntry.addAll(beside(member, owners, fitsOnEvidence)));
        besideEntry.remove(owner);
        return beside(named, owners, fitsOnEvidence).stream().anyMatch(besideEntry::contains);
    }

    /** The entries of the people named in the same articles as {@code named}, as far as their names fit one. */
    private Set<Named> beside(Named named, Map<Named, Named> owners, Map<Named, Named> fitsOnEvidence) {
        Set<Named> beside = new HashSet<>();
        for (Appearance appearance : named.articles) {
            for (Named other : documentNames.get(appearance.document())) {
                if (other != named) {
                    beside.add(likelyEntry(other, owners, fitsOnEvidence));
                }
            }
        }
        return beside;
    }

    /** The entry a name makes or joins, taking the names that fit one entry but wait for evidence as joined. */
    private static Named likelyEntry(Named named, Map<Named, Named> owners, Map<Named, Named> fitsOnEvidence) {
        Named root = root(owners, named);
        return fitsOnEvidence.containsKey(root) ? root(owners, fitsOnEvidence.get(root)) : root;
    }

    private static Named root(Map<Named, Named> owners, Named named) {
        Named root = named;
        while (owners.containsKey(root)) {
            root = owners.get(root);
        }
        return root;
    }

    /**
     * Whether a name is a form of a fuller or more exact one: the same last word, and each earlier word, in
     * order, one of the other's earlier words, its initial, or a typo of it ("J Trump", "Lopez Obrador",
     * "Malcom Glazer" for Malcolm Glazer); of as many words, one at least an initial or a typo. Middle
     * initials, when the name has some, are the fuller name's: "George W Bush" is not "George H W Bush".
     */
    static boolean fits(List<String> name, List<String> fuller) {
        List<String> initials = middleInitials(name);
        if (name.size() > fuller.size() || name.equals(fuller) || !initials.isEmpty() && !initials.equals(middleInitials(fuller))) {
            return false;
        }
        int next = 0;
        for (String word : name.subList(0, name.size() - 1)) {
            while (next < fuller.size() - 1 && !sameOrInitial(word, fuller.get(next))) {
                next++;
            }
            if (next == fuller.size() - 1) {
                return false;
            }
            next++;
        }
        return name.get(name.size() - 1).equals(fuller.get(fuller.size() - 1));
    }

    private static boolean sameOrInitial(String word, String fullerWord) {
        return word.equals(fullerWord) || word.length() == 1 && fullerWord.startsWith(word) || Names.typoApart(word, fullerWord);
    }

    /** The initials of a name of three words or more ("amlo"); shorter names' initials are too often other words. */
    private static String initials(List<String> words) {
        if (words.size() < 3) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        words.forEach(word -> initials.append(word.charAt(0)));
        return initials.toString();
    }

    private static CorpusPerson entry(Named root, List<Named> members) {
        String name = root.name();
        Set<String> aliases = new LinkedHashSet<>();
        Map<String, Integer> titles = new LinkedHashMap<>();
        List<Appearance> articles = new ArrayList<>();
        int mentions = 0;
        String first = null;
        String last = null;
        for (Named member : members) {
            aliases.addAll(member.spellings.keySet());
            aliases.addAll(member.aliases);
            member.titles.forEach((title, count) -> titles.merge(title, count, Integer::sum));
            articles.addAll(member.articles);
            mentions += member.mentions;
            first = member.firstDate == null || first != null && first.compareTo(member.firstDate) <= 0 ? first : member.firstDate;
            last = member.lastDate == null || last != null && last.compareTo(member.lastDate) >= 0 ? last : member.lastDate;
        }
        aliases.remove(name);
        List<String> titlesByUse = titles.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        List<CorpusPerson.Appearance> inRunOrder = articles.stream().sorted(Comparator.comparingInt(Appearance::document))
                .map(Appearance::appearance).toList();
        return new CorpusPerson(root.id(), name, List.copyOf(aliases), titlesByUse, inRunOrder, mentions, first, last);
    }
}
