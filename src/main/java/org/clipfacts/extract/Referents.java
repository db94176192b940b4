package org.clipfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import org.clipfacts.nlp.Demonyms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Resolves the head word of a subject or object to whom it stands for, using the article's people and the
 * dependency parse: a name, a role ("the Mexican president"), a relative pronoun (its noun), a personal
 * pronoun or a description of a person ("he", "the 51-year-old": by gender and salience), an
 * organization's proper name, or a common noun naming an organization named before ("the federation" after
 * "the Police Federation"). The one place that decides whom a phrase means, for quote speakers and
 * defendants alike.
 */
final class Referents {
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which", "that");
    private static final Pattern PERSON_DESCRIPTION = Pattern.compile("\\d+-year-old");
    private static final int PRONOUN_LOOKBACK_SENTENCES = 4;
    private static final Set<String> INDEFINITE = Set.of("a", "an");
    private static final int ORGANIZATION_LOOKBACK_SENTENCES = 40;
    private static final int MAX_PRONOUN_CHAIN = 3;
    /** Modifiers that date a role rather than tell holders apart: "the former chief executive". */
    private static final Set<String> TIME_OF_ROLE = Set.of("former", "ex", "then", "late", "current", "incumbent");
    private static final Set<String> DESCRIBING_LINKS = Set.of("amod", "compound");
    /** Words that make a title another post than its head word alone: a shadow, deputy or vice president. */
    private static final Set<String> RANKS = Set.of("shadow", "deputy", "vice", "assistant", "acting", "junior");
    private static final Set<String> GROUP_NOUNS = WordList.load("group-nouns.txt");
    private static final Set<String> NAME_EDGE_EXCLUDED = Set.of("appos", "acl", "acl:relcl", "punct", "advcl", "dep", "parataxis");

    private final ParsedText text;
    private final People people;

    /** CoreNLP's coreference list of nouns that denote a person or animal: "spokesman", "aide", "lawyer". */
    private static final class AnimateNouns {
        static final Set<String> WORDS = WordList.load("/edu/stanford/nlp/models/dcoref/animate.unigrams.txt");
    }

    /** What the sentences before make of a pronoun: a person, or {@link #UNNAMED}, someone left unnamed. */
    private record Antecedent(Optional<PersonEntity> person) {
        static final Antecedent UNNAMED = new Antecedent(Optional.empty());
    }

    /**
     * What the discourse so far makes salient beyond the sentences before: the person who spoke last (a
     * "he" or "she" that no earlier subject answers may mean them) and the group that spoke last ("they").
     */
    record Salience(Optional<Referent> lastSpeaker, int lastSpeakerSentence, Optional<Referent> lastGroup) {
        static final Salience NONE = new Salience(Optional.empty(), -1, Optional.empty());
    }

    Referents(ParsedText text, People people) {
        this.text = text;
        this.people = people;
    }

    /**
     * Whom the word stands for; {@code lastGroup} answers "they" (the group that spoke last), and pronouns
     * look back over the sentences before {@code sentence}.
     */
    Optional<Referent> resolve(int sentence, IndexedWord word, Optional<Referent> lastGroup) {
        return resolve(sentence, word, new Salience(Optional.empty(), -1, lastGroup));
    }

    Optional<Referent> resolve(int sentence, IndexedWord word, Salience salience) {
        return resolve(sentence, word, salience, 0);
    }

    private Optional<Referent> resolve(int sentence, IndexedWord word, Salience salience, int chain) {
        SemanticGraph graph = text.graph(sentence);
        String lower = word.word().toLowerCase(Locale.ROOT);
        Optional<PersonEntity> named = personNamedBy(graph, word);
        if (named.isPresent()) {
            return named.map(Referent::of);
        }
        if (RELATIVE_PRONOUNS.contains(lower)) {
            return relativeAntecedent(graph, word).flatMap(noun -> resolve(sentence, noun, salience, chain));
        }
        if (PERSONAL_PRONOUNS.contains(lower) || isPersonDescription(graph, word)) {
            return chain < MAX_PRONOUN_CHAIN
                    ? antecedent(sentence, word, Gender.ofPronoun(lower), salience, chain).map(Referent::of)
                    : Optional.empty();
        }
        if (PLURAL_PRONOUNS.contains(lower)) {
            return salience.lastGroup();
        }
        Optional<PersonEntity> role = role(graph, word);
        if (role.isPresent()) {
            return role.map(Referent::of);
        }
        return organization(graph, word).or(() -> authoringOrganization(graph, word))
                .or(() -> organizationNamedBefore(sentence, graph, word));
    }

    /**
     * "The IMF report stated", "a Law Commission report which branded ...": a thing an organization made speaks
     * for it. Not a person of it ("a Pentagon spokesman"), whom the article leaves unnamed.
     */
    private static Optional<Referent> authoringOrganization(SemanticGraph graph, IndexedWord word) {
        if (!word.tag().startsWith("NN") || word.tag().startsWith("NNP") || "TITLE".equals(word.ner())
                || AnimateNouns.WORDS.contains(word.word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return graph.outgoingEdgeList(word).stream()
                .filter(edge -> edge.getRelation().toString().equals("compound") || edge.getRelation().toString().equals("nmod:poss"))
                .map(SemanticGraphEdge::getDependent)
                .filter(owner -> "ORGANIZATION".equals(owner.ner()))
                .findFirst()
                .map(owner -> groupNamed(graph, owner));
    }

    /**
     * "The New York businessman", "the Vermont senator": a definite description of a person with a word that
     * tells them apart, which news writes for someone just named rather than to bring in someone new. A bare
     * "the spokesman" may be anyone.
     */
    static boolean describesSomeoneNamed(SemanticGraph graph, IndexedWord word) {
        // The tagger may take a lower-case role for a proper noun ("the Texas senator" as NNP).
        boolean common = word.tag().equals("NN") || word.tag().equals("NNP") && Character.isLowerCase(word.word().codePointAt(0));
        boolean person = common && ("TITLE".equals(word.ner()) || AnimateNouns.WORDS.contains(word.word().toLowerCase(Locale.ROOT)));
        boolean definite = ParsedText.childExactly(graph, word, "det").map(det -> det.word().equalsIgnoreCase("the")).orElse(false);
        boolean distinguished = graph.outgoingEdgeList(word).stream()
                .filter(edge -> DESCRIBING_LINKS.contains(edge.getRelation().toString()))
                .anyMatch(edge -> !TIME_OF_ROLE.contains(edge.getDependent().word().toLowerCase(Locale.ROOT)));
        return person && definite && distinguished;
    }

    /** "the 51-year-old": a person the article has named, as a pronoun would be. */
    private static boolean isPersonDescription(SemanticGraph graph, IndexedWord word) {
        return word.tag().startsWith("NN") && PERSON_DESCRIPTION.matcher(word.word()).matches()
                && ParsedText.child(graph, word, "det").isPresent();
    }

    /**
     * A person named by the word itself, by its compound words or by an apposition ("the Secretary, Marcelo
     * Ebrard"; "their coach Christos Tzekos", which the parser may attach as {@code dep}).
     */
    Optional<PersonEntity> personNamedBy(SemanticGraph graph, IndexedWord word) {
        return nameMentionBy(graph, word).flatMap(name -> people.at(name.start(), name.end()));
    }

    /** The name mention {@link #personNamedBy} finds. */
    Optional<PersonEntity.NameSpan> nameMentionBy(SemanticGraph graph, IndexedWord word) {
        Optional<PersonEntity.NameSpan> direct = people.mentionAt(word.beginPosition(), word.endPosition());
        if (direct.isPresent()) {
            return direct;
        }
        // "Mr Ebbers' lawyer Reid Weingarten": the parser hangs the name from the role by appos or dep, and
        // may head it by a word after the name ("Ken Macdonald QC").
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
            String relation = edge.getRelation().toString();
            if (relation.equals("appos") || relation.equals("dep")) {
                IndexedWord named = edge.getDependent();
                Optional<PersonEntity.NameSpan> name = people.mentionAt(named.beginPosition(), named.endPosition())
                        .or(() -> graph.getChildrenWithReln(named, UniversalEnglishGrammaticalRelations.COMPOUND_MODIFIER).stream()
                                .map(compound -> people.mentionAt(compound.beginPosition(), compound.endPosition()))
                                .flatMap(Optional::stream).findFirst());
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
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
                title -> headWord(title).equals(role) && modifiers.stream().allMatch(m -> mentions(title, m))
                        && !otherRank(title, graph, word),
                word.beginPosition());
        if (holder.isPresent() || modifiers.isEmpty()) {
            return holder;
        }
        return people.titleHolder(title -> modifiers.stream().allMatch(m -> mentions(title, m)), word.beginPosition());
    }

    /** "Shadow home secretary" is no holder of "the home secretary", nor a deputy of the leader. */
    private static boolean otherRank(String title, SemanticGraph graph, IndexedWord role) {
        Set<String> said = new java.util.HashSet<>();
        said.add(Names.fold(role.word()));
        graph.getChildren(role).forEach(child -> said.add(Names.fold(child.word())));
        return Arrays.stream(Names.fold(title).split("[\\s-]+")).anyMatch(word -> RANKS.contains(word) && !said.contains(word));
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
        boolean proper = word.tag().startsWith("NNP") && !"TITLE".equals(word.ner()) || "ORGANIZATION".equals(word.ner());
        if (!proper || "LOCATION".equals(word.ner()) && !hasOrganizationWord(graph, word)) {
            return Optional.empty();
        }
        return Optional.of(groupNamed(graph, word));
    }

    /**
     * Whom the speaker phrase of a speech verb stands for: as {@link #resolve}; a place that speaks for its
     * government ("Russia insisted", "Washington said"); and a description of someone just named ("the New
     * York businessman said"), the subject of an earlier clause or of the sentences before. Neither is a
     * speaker of other verbs, nor a defendant.
     */
    Optional<Referent> resolveSpeaker(int sentence, IndexedWord word, Salience salience) {
        SemanticGraph graph = text.graph(sentence);
        Optional<Referent> resolved = resolve(sentence, word, salience);
        if (resolved.isPresent()) {
            return resolved;
        }
        if (word.tag().startsWith("NNP") && "LOCATION".equals(word.ner())) {
            return Optional.of(groupNamed(graph, word));
        }
        if (namesAKindOfGroup(graph, word)) {
            return salience.lastGroup();
        }
        if (!describesSomeoneNamed(graph, word)) {
            return Optional.empty();
        }
        return subjectInSentenceBefore(sentence, word, Gender.UNKNOWN)
                .or(() -> subjectBefore(sentence, Gender.UNKNOWN, salience, 0).flatMap(Antecedent::person))
                .map(Referent::of);
    }

    /** "The organization", "the newspaper": a definite common noun for a kind of body that speaks. */
    private static boolean namesAKindOfGroup(SemanticGraph graph, IndexedWord word) {
        return word.tag().equals("NN") && GROUP_NOUNS.contains(word.word().toLowerCase(Locale.ROOT))
                && ParsedText.childExactly(graph, word, "det").map(det -> det.word().equalsIgnoreCase("the")).orElse(false);
    }

    private static Referent groupNamed(SemanticGraph graph, IndexedWord word) {
        TreeSet<IndexedWord> phrase = new TreeSet<>(Comparator.comparingInt(IndexedWord::index));
        collectPhrase(graph, word, phrase, "ORGANIZATION".equals(word.ner()));
        // "the investment bank Merrill Lynch" is Merrill Lynch: the capitalized words that lead into the head.
        phrase.headSet(word).stream()
                .filter(before -> before.tag().equals("DT") || !Character.isUpperCase(before.originalText().codePointAt(0)))
                .reduce((first, second) -> second)
                .ifPresent(lastLowerCase -> phrase.headSet(lastLowerCase, true).clear());
        String name = phrase.stream().map(IndexedWord::originalText).reduce((a, b) -> a + " " + b).orElse(word.word());
        return Referent.group(name);
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
     * A common noun that names a kind of organization, "the federation", "the committee": the organization
     * of that kind the article named last before, within a few dozen sentences; nothing when none was.
     */
    private Optional<Referent> organizationNamedBefore(int sentence, SemanticGraph graph, IndexedWord word) {
        boolean definite = ParsedText.child(graph, word, "det").map(det -> det.word().equalsIgnoreCase("the")).orElse(false);
        if (!definite || !word.tag().equals("NN")) {
            return Optional.empty();
        }
        String noun = Names.fold(word.word());
        for (int s = sentence; s >= Math.max(0, sentence - ORGANIZATION_LOOKBACK_SENTENCES); s--) {
            List<CoreLabel> tokens = text.tokens(s);
            for (int i = tokens.size() - 1; i >= 0; i--) {
                CoreLabel token = tokens.get(i);
                if (token.endPosition() > word.beginPosition() || !"ORGANIZATION".equals(token.ner())
                        || !Names.fold(token.word()).equals(noun) || !Character.isUpperCase(token.word().codePointAt(0))) {
                    continue;
                }
                int from = i;
                while (from > 0 && "ORGANIZATION".equals(tokens.get(from - 1).ner())) {
                    from--;
                }
                int to = i + 1;
                while (to < tokens.size() && "ORGANIZATION".equals(tokens.get(to).ner())) {
                    to++;
                }
                String name = text.content().substring(tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
                return Optional.of(Referent.group(name));
            }
        }
        return Optional.empty();
    }

    /**
     * The person a "he" or "she" most likely means: the person the nearest earlier sentence is about (its
     * main clause's subject), looking back a few sentences.
     */
    Optional<PersonEntity> subjectBefore(int sentence) {
        return subjectBefore(sentence, Gender.UNKNOWN, Salience.NONE, MAX_PRONOUN_CHAIN).flatMap(Antecedent::person);
    }

    /**
     * Whom a pronoun of this gender means: a named subject earlier in its own sentence; the speaker just
     * attributed, in this or the sentence before; the subject of the nearest earlier sentence that has one of
     * that gender (sentences wholly inside quotation marks skipped: their subjects are the speaker's words);
     * else the last speaker when of that gender, else the person of that gender named last in the sentences
     * looked at, outside quotation marks (a name in the quote is whom the speaker talks of). Nobody when the
     * nearest such sentence is about someone unnamed ("A spokesman defended the plan. He said: ...").
     */
    private Optional<PersonEntity> antecedent(int sentence, IndexedWord pronoun, Gender gender, Salience salience, int chain) {
        Optional<PersonEntity> inSentence = subjectInSentenceBefore(sentence, pronoun, gender);
        if (inSentence.isPresent()) {
            return inSentence;
        }
        Optional<PersonEntity> justSpoke = salience.lastSpeakerSentence() >= sentence - 1 ? lastSpeaker(salience, gender) : Optional.empty();
        if (justSpoke.isPresent()) {
            return justSpoke;
        }
        Optional<Antecedent> before = subjectBefore(sentence, gender, salience, chain);
        if (before.isPresent()) {
            return before.get().person();
        }
        Optional<PersonEntity> speaker = lastSpeaker(salience, gender);
        if (speaker.isPresent()) {
            return speaker;
        }
        int from = text.tokens(Math.max(0, sentence - PRONOUN_LOOKBACK_SENTENCES)).get(0).beginPosition();
        int to = text.tokens(sentence).get(0).beginPosition();
        return people.mentionsBefore(to).stream()
                .takeWhile(named -> named.span().start() >= from)
                .filter(named -> !text.insideQuote(named.span().start(), named.span().end()))
                .map(People.Named::person)
                .filter(person -> person.gender().agreesWith(gender))
                .findFirst();
    }

    /** "Fallon fired back: ..., he wrote": a named subject earlier in the pronoun's own sentence. */
    private Optional<PersonEntity> subjectInSentenceBefore(int sentence, IndexedWord pronoun, Gender gender) {
        SemanticGraph graph = text.graph(sentence);
        return graph.edgeListSorted().stream()
                .filter(edge -> edge.getRelation().toString().startsWith("nsubj"))
                .map(SemanticGraphEdge::getDependent)
                .filter(subject -> subject.index() < pronoun.index() && !text.insideQuote(subject.backingLabel()))
                .sorted(Comparator.comparingInt(IndexedWord::index).reversed())
                .map(subject -> personNamedBy(graph, subject))
                .flatMap(Optional::stream)
                .filter(person -> person.gender().agreesWith(gender))
                .findFirst();
    }

    private Optional<Antecedent> subjectBefore(int sentence, Gender gender, Salience salience, int chain) {
        int looked = 0;
        for (int s = sentence - 1; s >= 0 && looked < PRONOUN_LOOKBACK_SENTENCES; s--) {
            if (text.tooLong(s) || whollyQuoted(s)) {
                continue;
            }
            looked++;
            int looking = s;
            Optional<PersonEntity> subject = sentenceSubject(s, gender, salience, chain).or(() -> lastSpeakerNamedIn(looking, salience, gender));
            if (subject.isPresent()) {
                return Optional.of(new Antecedent(subject));
            }
            if (gender != Gender.UNKNOWN && aboutSomeoneUnnamed(s)) {
                return Optional.of(Antecedent.UNNAMED);
            }
        }
        return Optional.empty();
    }

    /** The person who spoke last, when of the pronoun's gender. */
    private Optional<PersonEntity> lastSpeaker(Salience salience, Gender gender) {
        return salience.lastSpeaker()
                .filter(referent -> referent.person() && referent.gender().agreesWith(gender))
                .flatMap(referent -> people.byId(referent.id()));
    }

    /**
     * The last speaker, when named outside quotation marks in the sentence: "\"...,\" said Leslie Wimes",
     * which the parser may not make the subject, is what the sentence is about.
     */
    private Optional<PersonEntity> lastSpeakerNamedIn(int sentence, Salience salience, Gender gender) {
        List<CoreLabel> tokens = text.tokens(sentence);
        int start = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        return lastSpeaker(salience, gender)
                .filter(person -> person.mentions().stream().anyMatch(mention -> mention.start() >= start && mention.end() <= end
                        && !text.insideQuote(mention.start(), mention.end())));
    }

    /**
     * Whether the main clause's subject is a person the article does not name: "a spokesman for the firm"
     * (indefinite: "the nominee" and "his lawyer" may mean someone named).
     */
    private boolean aboutSomeoneUnnamed(int sentence) {
        SemanticGraph graph = text.graph(sentence);
        return graph.getRoots().stream()
                .map(root -> ParsedText.childExactly(graph, root, "nsubj"))
                .flatMap(Optional::stream)
                .anyMatch(subject -> subject.tag().equals("NN") && !text.insideQuote(subject.backingLabel())
                        && AnimateNouns.WORDS.contains(subject.word().toLowerCase(Locale.ROOT))
                        && ParsedText.childExactly(graph, subject, "det")
                                .filter(det -> INDEFINITE.contains(det.word().toLowerCase(Locale.ROOT))).isPresent()
                        && personNamedBy(graph, subject).isEmpty());
    }

    private boolean whollyQuoted(int sentence) {
        return text.tokens(sentence).stream().allMatch(token -> text.insideQuote(token) || token.tag().matches("\\W+|``|''"));
    }

    /**
     * The person a sentence is about: its main clause's subject, or the speaker after its inverted speech verb,
     * else the first subject of any clause that names a person (the parser does not always make the main verb
     * the root).
     */
    private Optional<PersonEntity> sentenceSubject(int sentence, Gender gender, Salience salience, int chain) {
        SemanticGraph graph = text.graph(sentence);
        List<IndexedWord> subjects = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            ParsedText.child(graph, root, "nsubj").ifPresent(subjects::add);
        }
        // "..., noted NBC's Dante Chinni.": the speaker of an inverted main verb, which the parser makes its object.
        for (IndexedWord root : graph.getRoots()) {
            if (SpeechVerbs.isSpeechVerb(graph, root) && !text.insideQuote(root.backingLabel())) {
                SpeechVerbs.invertedSpeaker(text, graph, root).ifPresent(subjects::add);
            }
        }
        graph.edgeListSorted().stream()
                .filter(edge -> edge.getRelation().toString().startsWith("nsubj"))
                .map(SemanticGraphEdge::getDependent)
                .sorted(Comparator.comparingInt(IndexedWord::index))
                .forEach(subjects::add);
        for (IndexedWord subject : subjects) {
            if (text.insideQuote(subject.backingLabel())) {
                continue;
            }
            Optional<PersonEntity> person = personNamedBy(graph, subject).or(() -> role(graph, subject));
            if (person.isEmpty() && PERSONAL_PRONOUNS.contains(subject.word().toLowerCase(Locale.ROOT))) {
                person = resolve(sentence, subject, salience, chain + 1).flatMap(referent -> people.byId(referent.id()));
            }
            if (person.isPresent()) {
                return person.filter(found -> found.gender().agreesWith(gender));
            }
        }
        return Optional.empty();
    }
}
