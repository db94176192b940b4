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
 * slug of the fullest name each article gives); the index maps them: the same id is the same person, and
 * a surname or a shorter name ("Trump", "López Obrador", "Donald Trump") joins the one fuller name in the
 * corpus it fits ("Donald J. Trump"), and stays its own entry when two fuller names fit ("Biden" beside
 * "Joe Biden" and "Jill Biden"); see {@link #owners()}. Only the people of each document are kept, never
 * the documents.
 */
public final class PeopleIndex {
    /** Everything the corpus says about one article id. */
    private static final class Named {
        final String id;
        final List<String> words;
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final Map<String, Integer> titles = new LinkedHashMap<>();
        final List<Appearance> articles = new ArrayList<>();
        int mentions;
        String firstDate;
        String lastDate;

        Named(String id, String name) {
            this.id = id;
            this.words = Names.words(name);
        }

        /** Whether the name keeps a style ("Lord Woolf"): more words than the name's own. */
        boolean styled() {
            return Names.slug(name()).split("-").length > words.size();
        }

        /** The spelling most articles give, the first seen among equals. */
        String name() {
            return spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    /** An article naming the person, numbered in the order the run wrote it. */
    private record Appearance(int document, CorpusPerson.Appearance appearance) {
    }

    private final Map<String, Named> byId = new LinkedHashMap<>();
    private int documents;

    public void add(Document document) {
        String date = document.article() == null ? null : document.article().date();
        for (Person person : document.people()) {
            Named named = byId.computeIfAbsent(person.id(), id -> new Named(id, person.name()));
            named.spellings.merge(person.name(), 1, Integer::sum);
            named.aliases.addAll(person.aliases());
            person.titles().forEach(title -> named.titles.merge(title, 1, Integer::sum));
            named.articles.add(new Appearance(documents, new CorpusPerson.Appearance(document.source(), person.id())));
            named.mentions += person.mentions().size();
            if (date != null) {
                named.firstDate = named.firstDate == null || date.compareTo(named.firstDate) < 0 ? date : named.firstDate;
                named.lastDate = named.lastDate == null || date.compareTo(named.lastDate) > 0 ? date : named.lastDate;
            }
        }
        documents++;
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

    /** One entry per person, most mentioned first. */
    public List<CorpusPerson> entries() {
        Map<Named, Named> owners = owners();
        Map<Named, List<Named>> members = new LinkedHashMap<>();
        for (Named named : byId.values()) {
            members.computeIfAbsent(root(owners, named), root -> new ArrayList<>()).add(named);
        }
        return members.entrySet().stream().map(entry -> entry(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(CorpusPerson::mentions).reversed().thenComparing(CorpusPerson::id))
                .toList();
    }

    /**
     * For each shorter or less exact name, the name it joins. Names are taken fullest first (more words, then
     * more letters, then more mentions), so a name joins the entry its fuller forms already joined, and it
     * joins only when the names it fits make one entry. A single word fits a name it ends, or one it spells
     * the initials of; a name it opens makes it ambiguous, not fitting ("Charles" is Ray Charles' surname
     * and Charles Kennedy's given name: it stays alone; "Paula" alone joins nobody). A name kept with its
     * style ("Lord Woolf", "Prince Charles") joins none and takes none in: its one word may be a surname or
     * a given name.
     */
    private Map<Named, Named> owners() {
        List<Named> fullestFirst = new ArrayList<>(byId.values());
        fullestFirst.removeIf(named -> named.words.isEmpty() || named.styled());
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
        for (Named named : fullestFirst) {
            List<String> words = named.words;
            String surname = words.get(words.size() - 1);
            Set<Named> fitting = new HashSet<>();
            for (Named fuller : bySurname.getOrDefault(surname, List.of())) {
                if (fits(words, fuller.words)) {
                    fitting.add(root(owners, fuller));
                }
            }
            if (words.size() == 1 && !fitting.isEmpty()) {
                byFirstWord.getOrDefault(surname, List.of()).forEach(fuller -> fitting.add(root(owners, fuller)));
            }
            if (words.size() == 1) {
                byInitials.getOrDefault(surname, List.of()).forEach(fuller -> fitting.add(root(owners, fuller)));
            }
            if (fitting.size() == 1) {
                owners.put(named, fitting.iterator().next());
            }
            bySurname.computeIfAbsent(surname, word -> new ArrayList<>()).add(named);
        }
        return owners;
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
     * "Malcom Glazer" for Malcolm Glazer); of as many words, one at least an initial or a typo.
     */
    static boolean fits(List<String> name, List<String> fuller) {
        if (name.size() > fuller.size() || name.equals(fuller)) {
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
        return new CorpusPerson(root.id, name, List.copyOf(aliases), titlesByUse, inRunOrder, mentions, first, last);
    }
}
