package org.clipfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.clipfacts.nlp.Demonyms;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the head word of a subject or object to whom it stands for, using the article's people and the
 * dependency parse: a name, a role ("the Mexican president"), a relative pronoun (its noun), a personal
 * pronoun (the person the preceding sentences are about), or an organization's proper name.
 */
final class Referents {
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which", "that");
    private static final int PRONOUN_LOOKBACK_SENTENCES = 4;
    /** Modifiers that date a role rather than tell holders apart: "the former chief executive". */
    private static final Set<String> TIME_OF_ROLE = Set.of("former", "ex", "then", "late", "current", "incumbent");
    private static final Set<String> NAME_EDGE_EXCLUDED = Set.of("appos", "acl", "acl:relcl", "punct", "advcl", "dep", "parataxis");

    private final ParsedText text;
    private final People people;

    Referents(ParsedText text, People people) {
        this.text = text;
        this.people = people;
    }

    /**
     * Whom the word stands for; {@code lastGroup} answers "they" (the group that spoke last), and pronouns
     * look back over the sentences before {@code sentence}.
     */
    Optional<Referent> resolve(int sentence, IndexedWord word, Optional<Referent> lastGroup) {
        SemanticGraph graph = text.graph(sentence);
        String lower = word.word().toLowerCase(Locale.ROOT);
        Optional<PersonEntity> named = personNamedBy(graph, word);
        if (named.isPresent()) {
            return named.map(Referent::of);
        }
        if (RELATIVE_PRONOUNS.contains(lower)) {
            return relativeAntecedent(graph, word).flatMap(noun -> resolve(sentence, noun, lastGroup));
        }
        if (PERSONAL_PRONOUNS.contains(lower)) {
            return subjectBefore(sentence).map(Referent::of);
        }
        if (PLURAL_PRONOUNS.contains(lower)) {
            return lastGroup;
        }
        Optional<PersonEntity> role = role(graph, word);
        if (role.isPresent()) {
            return role.map(Referent::of);
        }
        return organization(graph, word);
    }

    /**
     * A person named by the word itself, by its compound words or by an apposition ("the Secretary, Marcelo
     * Ebrard"; "their coach Christos Tzekos", which the parser may attach as {@code dep}).
     */
    private Optional<PersonEntity> personNamedBy(SemanticGraph graph, IndexedWord word) {
        Optional<PersonEntity> direct = people.at(word.beginPosition(), word.endPosition());
        if (direct.isPresent()) {
            return direct;
        }
        return ParsedText.child(graph, word, "appos").or(() -> ParsedText.childExactly(graph, word, "dep"))
                .flatMap(appos -> people.at(appos.beginPosition(), appos.endPosition()));
    }

    /** In "Assange, who is facing charges", the noun a relative clause hangs from. */
    private static Optional<IndexedWord> relativeAntecedent(SemanticGraph graph, IndexedWord pronoun) {
        IndexedWord clause = graph.getParent(pronoun);
        if (clause == null || !ParsedText.relationToHead(graph, clause).startsWith("acl")) {
            return Optional.empty();
        }
        return Optional.ofNullable(graph.getParent(clause));
    }

    /**
     * A role noun names whoever holds that title: "the president" whoever was called president, "the
     * Mexican president" only a president whose title also says Mexican (or Mexico), "the Mexican leader"
     * failing any leader whoever holds a Mexican title; "former" or "then" tell no holders apart. Nobody
     * else: a wrong person is worse than none.
     */
    private Optional<PersonEntity> role(SemanticGraph graph, IndexedWord word) {
        if (!"TITLE".equals(word.ner())) {
            return Optional.empty();
        }
        String role = Names.fold(word.lemma());
        List<String> modifiers = graph.getChildren(word).stream()
                .filter(child -> child.tag().startsWith("JJ") || child.tag().startsWith("NNP"))
                .filter(child -> !TIME_OF_ROLE.contains(child.word().toLowerCase(Locale.ROOT)))
                .map(IndexedWord::word)
                .toList();
        Optional<PersonEntity> holder = people.titleHolder(
                title -> headWord(title).equals(role) && modifiers.stream().allMatch(m -> mentions(title, m)),
                word.beginPosition());
        if (holder.isPresent() || modifiers.isEmpty()) {
            return holder;
        }
        return people.titleHolder(title -> modifiers.stream().allMatch(m -> mentions(title, m)), word.beginPosition());
    }

    private static boolean mentions(String title, String modifier) {
        return Arrays.stream(title.split("[\\s-]+")).anyMatch(word -> Demonyms.samePlace(word, modifier));
    }

    /** The word a title is about: president in "Mexican President" and in "president of Mexico". */
    private static String headWord(String title) {
        String folded = Names.fold(title);
        int of = folded.indexOf(" of ");
        String head = of > 0 ? folded.substring(0, of) : folded;
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    /** A proper noun that is no person is a group that can speak, named by its proper-noun phrase. */
    private static Optional<Referent> organization(SemanticGraph graph, IndexedWord word) {
        boolean proper = word.tag().startsWith("NNP") || "ORGANIZATION".equals(word.ner());
        if (!proper || "LOCATION".equals(word.ner()) && !hasOrganizationWord(graph, word)) {
            return Optional.empty();
        }
        TreeSet<IndexedWord> phrase = new TreeSet<>(Comparator.comparingInt(IndexedWord::index));
        collectPhrase(graph, word, phrase, "ORGANIZATION".equals(word.ner()));
        // "the investment bank Merrill Lynch" is Merrill Lynch: the capitalized words that lead into the head.
        phrase.headSet(word).stream()
                .filter(before -> before.tag().equals("DT") || !Character.isUpperCase(before.originalText().codePointAt(0)))
                .reduce((first, second) -> second)
                .ifPresent(lastLowerCase -> phrase.headSet(lastLowerCase, true).clear());
        String name = phrase.stream().map(IndexedWord::originalText).reduce((a, b) -> a + " " + b).orElse(word.word());
        return Optional.of(Referent.group(name));
    }

    private static boolean hasOrganizationWord(SemanticGraph graph, IndexedWord word) {
        return graph.descendants(word).stream().anyMatch(w -> "ORGANIZATION".equals(w.ner()));
    }

    /**
     * The words of a group's name: its head with compounds, conjuncts ("X and the Y Committee") and, when
     * the head is tagged an organization, its "of"/"for" phrases ("DC Action for Assange"); not "of BNP
     * Paribas" after an analyst's name, nor appositions and clauses.
     */
    private static void collectPhrase(SemanticGraph graph, IndexedWord word, Set<IndexedWord> phrase, boolean organizationHead) {
        phrase.add(word);
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
            String relation = edge.getRelation().toString();
            boolean modifierPhrase = relation.startsWith("nmod") && !relation.equals("nmod:poss");
            if (!NAME_EDGE_EXCLUDED.contains(relation) && (organizationHead || !modifierPhrase)) {
                collectPhrase(graph, edge.getDependent(), phrase, organizationHead);
            }
        }
    }

    /**
     * The person a "he" or "she" most likely means: the person the nearest earlier sentence is about (its
     * main clause's subject), looking back a few sentences.
     */
    Optional<PersonEntity> subjectBefore(int sentence) {
        for (int s = sentence - 1; s >= Math.max(0, sentence - PRONOUN_LOOKBACK_SENTENCES); s--) {
            Optional<PersonEntity> subject = sentenceSubject(s);
            if (subject.isPresent()) {
                return subject;
            }
        }
        return Optional.empty();
    }

    private Optional<PersonEntity> sentenceSubject(int sentence) {
        SemanticGraph graph = text.graph(sentence);
        List<IndexedWord> roots = List.copyOf(graph.getRoots());
        for (IndexedWord root : roots) {
            Optional<IndexedWord> subject = ParsedText.child(graph, root, "nsubj");
            if (subject.isEmpty()) {
                continue;
            }
            Optional<PersonEntity> person = personNamedBy(graph, subject.get()).or(() -> role(graph, subject.get()));
            if (person.isPresent()) {
                return person;
            }
        }
        return Optional.empty();
    }
}
