package org.clipfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.clipfacts.article.Article;
import org.clipfacts.nlp.AnnotatedArticle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gathers the people of an article from CoreNLP's PERSON tags and merges every way each is named: the full
 * name, a surname, a spelling without accents, initials (AMLO). Then words the tagger took for a place or
 * an organization are claimed back when they are exactly a known person's name ("Assange" tagged
 * LOCATION), and titles are read from the words around the names.
 */
public final class PeopleExtractor {
    /** Tags of a finite verb in the past or third person, as names are followed by ("Ditto said", "Obama says"). */
    private static final String FINITE_VERB = "VBD|VBZ";
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers", "they", "them",
            "their", "i", "me", "my", "we", "us", "our", "you", "your", "it", "its", "himself", "herself");
    private static final String PERSON = "PERSON";
    private static final String TITLE = "TITLE";
    private static final Set<String> THING_HEADS = WordList.load("thing-heads.txt");
    private static final Set<String> MEMBER_ROLES = WordList.load("member-roles.txt");
    private static final Set<String> KINDS_OF_THINGS = WordList.load("kinds-of-things.txt");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("from", "in", "at");
    private static final Pattern SCORE = Pattern.compile("\\d+-\\d+");
    /** Tags after which a one-word name is no clause subject: a conjunction, a comma, a noun or adjective. */
    private static final Pattern NOT_OPENING_CLAUSE = Pattern.compile("CC|,|NN.*|JJ.*");

    public People extract(AnnotatedArticle annotated) {
        Article article = annotated.article();
        List<List<CoreLabel>> sentences = annotated.document().sentences().stream().map(CoreSentence::tokens).toList();
        List<TokenSpan> tagged = new ArrayList<>();
        for (List<CoreLabel> tokens : sentences) {
            tagged.addAll(personSpans(tokens));
        }
        dropNamesOfThings(article, tagged);
        List<PersonEntity> persons = cluster(article, tagged);
        claimUntaggedNames(article, sentences, tagged, persons);
        dropNonPeople(sentences, persons);
        dropNamesOfPlacesClubsAndWorks(sentences, persons);
        for (List<CoreLabel> tokens : sentences) {
            readTitles(article, tokens, persons);
        }
        persons.sort(Comparator.comparingInt(PersonEntity::firstStart));
        Map<String, Long> idUses = persons.stream().collect(Collectors.groupingBy(PersonEntity::id, Collectors.counting()));
        persons.stream().filter(person -> idUses.get(person.id()) > 1).toList().forEach(PersonEntity::keepInitialsInId);
        return new People(persons);
    }

    /**
     * Tokens {@code from} (inclusive) to {@code to} (exclusive) of one sentence; the name starts at
     * {@code nameFrom}, after the honorifics and styles that address the person ("Sir", "Princes").
     */
    private record TokenSpan(List<CoreLabel> tokens, int from, int nameFrom, int to) {
        TokenSpan(List<CoreLabel> tokens, int from, int to) {
            this(tokens, from, from, to);
        }

        int start() {
            return tokens.get(from).beginPosition();
        }

        int end() {
            return tokens.get(to - 1).endPosition();
        }

        /**
         * "Lord Woolf" keeps its style, as no given name is written; "Lord Charles Falconer" is Charles Falconer.
         * A knight's full name keeps the knighthood ("Sir John Stevens"), as news style writes it; "Sir John"
         * alone is no full name.
         */
        PersonEntity.NameSpan nameSpan(Article article) {
            String name = article.slice(tokens.get(nameFrom).beginPosition(), end());
            String before = nameFrom > from ? tokens.get(nameFrom - 1).word() : "";
            boolean styleIsTheName = Names.isStyle(before) && Names.words(name).size() == 1;
            boolean knight = Names.isKnighthood(before) && Names.words(name).size() > 1;
            if (styleIsTheName) {
                name = Names.titleForm(before) + " " + name;
            } else if (knight) {
                name = article.slice(tokens.get(nameFrom - 1).beginPosition(), end());
            }
            return new PersonEntity.NameSpan(start(), end(), article.slice(start(), end()), name);
        }

        List<String> addressTitles() {
            return tokens.subList(from, nameFrom).stream().map(token -> Names.titleForm(token.word())).toList();
        }
    }

    /**
     * Runs of PERSON tokens, pronouns and possessive endings left out, joined across a hyphen written
     * without spaces ("Day-Lewis"), with the honorifics and styles before them taken in, except a style that
     * is the surname ("Mr. King"), and a number opening them ("50 Cent"); a run ends at a role written in lower
     * case ("Rovers boss Tom Hale" is two); runs without a capital letter are no names.
     */
    private static List<TokenSpan> personSpans(List<CoreLabel> tokens) {
        List<TokenSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameToken(tokens.get(i)) || isMemberRole(tokens.get(i))) {
                i++;
                continue;
            }
            int from = i > 0 && isNumberInName(tokens.get(i - 1)) ? i - 1 : i;
            while (i < tokens.size() && (isNameToken(tokens.get(i)) || joinsHyphenatedName(tokens, i)) && !isMemberRole(tokens.get(i))) {
                i++;
            }
            int start = from;
            while (start > 0 && isAddress(tokens, start - 1)) {
                start--;
            }
            int nameFrom = start;
            while (nameFrom < i && isAddress(tokens, nameFrom)) {
                nameFrom++;
            }
            boolean styleIsASurname = nameFrom == i && i - 1 > start && Names.isStyle(tokens.get(i - 1).word());
            if (styleIsASurname) {
                nameFrom = i - 1;
            }
            boolean capitalized = tokens.subList(nameFrom, i).stream().anyMatch(token -> Character.isUpperCase(token.word().codePointAt(0)));
            if (nameFrom < i && capitalized) {
                spans.add(new TokenSpan(tokens, start, nameFrom, i));
            }
        }
        return spans;
    }

    /** A number the tagger takes into a name ("50 Cent"). */
    private static boolean isNumberInName(CoreLabel token) {
        return PERSON.equals(token.ner()) && token.word().chars().allMatch(Character::isDigit);
    }

    /** A role written in lower case inside a PERSON run ("Rovers boss Tom Hale") ends a name. */
    private static boolean isMemberRole(CoreLabel token) {
        return Character.isLowerCase(token.word().codePointAt(0)) && MEMBER_ROLES.contains(token.word());
    }

    private static boolean isNameToken(CoreLabel token) {
        String word = token.word();
        // A finite verb ends the name: "Chris Christie Calls Hillary Clinton" (a headline), "Said Ellis:".
        return PERSON.equals(token.ner()) && !token.tag().matches(FINITE_VERB)
                && !PRONOUNS.contains(word.toLowerCase(java.util.Locale.ROOT))
                && Character.isLetter(word.codePointAt(0))
                && !word.equals("'s") && !word.equals("’s");
    }

    /** An honorific or style written with a capital: "Mr", "Dr.", "Lord", "Princes"; not "his father". */
    private static boolean isAddress(List<CoreLabel> tokens, int index) {
        String word = tokens.get(index).word();
        return Character.isUpperCase(word.codePointAt(0)) && (Names.isHonorific(word) || Names.isStyle(word));
    }

    private static boolean joinsHyphenatedName(List<CoreLabel> tokens, int index) {
        CoreLabel token = tokens.get(index);
        return token.word().equals("-") && index > 0 && index + 1 < tokens.size()
                && tokens.get(index - 1).endPosition() == token.beginPosition()
                && token.endPosition() == tokens.get(index + 1).beginPosition()
                && isNameToken(tokens.get(index + 1));
    }

    /**
     * Drops the runs inside names of things ({@link #insideNameOfThing}), and every other run that is the
     * whole or a part of such a name and of no other name: "so-called Guildford Four" names the group "the
     * Guildford Four" does; "Crossrail" alone is the "Crossrail Link Bill".
     */
    private static void dropNamesOfThings(Article article, List<TokenSpan> spans) {
        List<List<String>> things = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        for (TokenSpan span : spans) {
            List<String> words = Names.words(span.nameSpan(article).name());
            (insideNameOfThing(span.tokens(), span.nameFrom(), span.to()) ? things : names).add(words);
        }
        spans.removeIf(span -> {
            List<String> words = Names.words(span.nameSpan(article).name());
            return partOfAny(words, things) && !names.stream().anyMatch(name -> name.size() > words.size() && partOfAny(words, List.of(name)));
        });
    }

    private static boolean partOfAny(List<String> words, List<List<String>> names) {
        return names.stream().anyMatch(name -> Collections.indexOfSubList(name, words) >= 0);
    }

    /**
     * A PERSON run that ends the capitalized name of a bill, prize or group ("the Criminal Justice Bill",
     * "the Nobel Prize", "the Guildford Four"): the name's last word is a {@link #THING_HEADS} word and
     * the name is more than that word alone, or follows "the".
     */
    private static boolean insideNameOfThing(List<CoreLabel> tokens, int from, int to) {
        int last = to;
        while (last < tokens.size() && isPartOfProperName(tokens.get(last))) {
            last++;
        }
        if (!THING_HEADS.contains(Names.fold(tokens.get(last - 1).word()))) {
            return false;
        }
        boolean longer = last - from > 1 || from > 0 && isPartOfProperName(tokens.get(from - 1));
        boolean definite = from > 0 && tokens.get(from - 1).word().equalsIgnoreCase("the");
        return longer || definite;
    }

    private static boolean isPartOfProperName(CoreLabel token) {
        return Character.isUpperCase(token.word().codePointAt(0)) && !token.tag().matches("DT|PRP.*|IN|CC|TO|WP|WDT");
    }

    /** Fullest names first, so that every shorter form finds the person it belongs to. */
    private static List<PersonEntity> cluster(Article article, List<TokenSpan> spans) {
        List<TokenSpan> byLength = new ArrayList<>(spans);
        // Fuller names first, and names whose honorific tells the gender before those that do not: "Mr. Obama"
        // is a man of his own before a bare "Obama" chooses between him and Michelle Obama.
        byLength.sort(Comparator.comparingInt((TokenSpan span) -> -Names.words(span.nameSpan(article).name()).size())
                .thenComparing(span -> Gender.ofName(span.nameSpan(article).text()) == Gender.UNKNOWN)
                .thenComparingInt(TokenSpan::start));
        List<PersonEntity> persons = new ArrayList<>();
        for (TokenSpan span : byLength) {
            PersonEntity.NameSpan name = span.nameSpan(article);
            List<String> words = Names.words(name.name());
            if (words.isEmpty()) {
                continue;
            }
            List<CoreLabel> sentence = span.tokens();
            int sentenceStart = sentence.get(0).beginPosition();
            int sentenceEnd = sentence.get(sentence.size() - 1).endPosition();
            Predicate<PersonEntity> namedInSentence = person -> person.mentions().stream()
                    .anyMatch(mention -> mention.start() >= sentenceStart && mention.end() <= sentenceEnd);
            PersonEntity owner = owner(article.text(), persons, words, name.start(), Gender.ofName(name.text()), namedInSentence);
            if (owner == null) {
                owner = new PersonEntity(name);
                persons.add(owner);
            } else {
                owner.add(name);
            }
            span.addressTitles().forEach(owner::addTitle);
        }
        return persons;
    }

    /**
     * The person whose name contains these words, or whose initials they are, or whose name they are without
     * its middle initials ("Loretta Lynch" for Loretta E. Lynch) unless that name is in the same sentence (a
     * list: "George W Bush, Bill Clinton, George Bush"); and whose gender the mention's honorific or first
     * name does not contradict ("Mr Jackson" is not Katherine Jackson). When several are, the one named
     * nearest before the mention in its paragraph ("Peter Rowe was there. 'We stayed,' Rowe said"), else the one
     * the article named first: news style gives a bare surname to its principal bearer and calls relatives by
     * their full or first name, so after "his wife, Heidi Cruz" a later paragraph's "Cruz said" is Ted Cruz
     * again.
     */
    private static PersonEntity owner(String text, List<PersonEntity> persons, List<String> words, int position, Gender gender,
                                      Predicate<PersonEntity> namedInSentence) {
        List<PersonEntity> candidates = persons.stream()
                .filter(person -> person.contains(words) || words.size() == 1 && words.get(0).equals(person.initials())
                        || (person.withoutMiddleInitials().equals(words) || person.writtenOtherwiseAs(words)) && !namedInSentence.test(person))
                .filter(person -> gender.agreesWith(person.gender()))
                .toList();
        // "Jack noted" after Brian Jack and Jack Dalrymple: a word alone is a surname before it is a first name.
        List<PersonEntity> bySurname = words.size() != 1 ? List.of() : candidates.stream()
                .filter(person -> person.surname().equals(words.get(0)))
                .toList();
        if (!bySurname.isEmpty()) {
            candidates = bySurname;
        }
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        PersonEntity nearest = null;
        int nearestStart = -1;
        for (PersonEntity candidate : candidates) {
            for (PersonEntity.NameSpan mention : candidate.mentions()) {
                if (mention.start() <= position && mention.start() > nearestStart) {
                    nearest = candidate;
                    nearestStart = mention.start();
                }
            }
        }
        boolean nearestInParagraph = nearest != null && text.substring(nearestStart, position).indexOf('\n') < 0;
        return nearestInParagraph ? nearest : candidates.stream().min(Comparator.comparingInt(PersonEntity::firstStart)).orElseThrow();
    }

    /**
     * Capitalized words outside PERSON tags that are exactly part of one known person's name, or their
     * initials, are mentions of that person, unless they sit inside a longer name of something else
     * ("Assange Defense Committee").
     */
    private static void claimUntaggedNames(Article article, List<List<CoreLabel>> sentences, List<TokenSpan> tagged,
                                           List<PersonEntity> persons) {
        for (List<CoreLabel> tokens : sentences) {
            int i = 0;
            while (i < tokens.size()) {
                CoreLabel token = tokens.get(i);
                if (!PERSON.equals(token.ner()) && surnameBeforeVerb(tokens, i)) {
                    PersonEntity.NameSpan name = new TokenSpan(tokens, i, i + 1).nameSpan(article);
                    List<PersonEntity> owners = persons.stream()
                            .filter(person -> person.words().size() > 1 && person.surname().equals(Names.slug(token.word())))
                            .toList();
                    if (owners.size() == 1) {
                        owners.get(0).add(name);
                    }
                }
                if (PERSON.equals(token.ner()) || !isCapitalized(token)) {
                    i++;
                    continue;
                }
                int from = i;
                while (i < tokens.size() && !PERSON.equals(tokens.get(i).ner()) && isCapitalized(tokens.get(i))
                        && tokens.get(i).ner().equals(token.ner())) {
                    i++;
                }
                if (insideLongerEntity(tokens, from, i)) {
                    continue;
                }
                TokenSpan span = new TokenSpan(tokens, from, i);
                PersonEntity.NameSpan name = span.nameSpan(article);
                List<String> words = Names.words(name.text());
                List<PersonEntity> owners = persons.stream()
                        .filter(person -> person.contains(words) || words.size() == 1 && words.get(0).equals(person.initials()))
                        .toList();
                if (owners.size() == 1) {
                    owners.get(0).add(name);
                }
            }
        }
    }

    /**
     * "Ditto said": a capitalized word the tagger took for a common noun, right before a finite verb, which
     * may be a surname (it is one when it is a known person's).
     */
    private static boolean surnameBeforeVerb(List<CoreLabel> tokens, int index) {
        CoreLabel token = tokens.get(index);
        return token.tag().matches("NNS?") && Character.isUpperCase(token.word().codePointAt(0))
                && index + 1 < tokens.size() && tokens.get(index + 1).tag().matches(FINITE_VERB);
    }

    /** A run of capitalized words whose entity tag goes on past the run on either side, across "of"/"for". */
    private static boolean insideLongerEntity(List<CoreLabel> tokens, int from, int to) {
        String ner = tokens.get(from).ner();
        if ("O".equals(ner)) {
            return from > 1 && isCapitalized(tokens.get(from - 1)) || to < tokens.size() && isCapitalized(tokens.get(to));
        }
        boolean before = from > 0 && (ner.equals(tokens.get(from - 1).ner()) || isConnective(tokens.get(from - 1))
                && from > 1 && ner.equals(tokens.get(from - 2).ner()));
        boolean after = to < tokens.size() && ner.equals(tokens.get(to).ner());
        return before || after;
    }

    private static boolean isConnective(CoreLabel token) {
        return token.word().equals("for") || token.word().equals("of") || token.word().equals("and");
    }

    private static boolean isCapitalized(CoreLabel token) {
        String word = token.word();
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && token.tag().startsWith("NNP");
    }

    /**
     * A person known by one word only is no person when CoreNLP tags that word as an organization or
     * place more often than as a person, or when it opens an organization's name ("May" of "May Department
     * Stores"); unless it is written with a title of address ("Mr May", "Lord Woolf").
     */
    private static void dropNonPeople(List<List<CoreLabel>> sentences, List<PersonEntity> persons) {
        Map<String, int[]> tagCounts = new HashMap<>();
        Set<String> organizationFirstWords = new java.util.HashSet<>();
        for (List<CoreLabel> tokens : sentences) {
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel token = tokens.get(i);
                int[] counts = tagCounts.computeIfAbsent(Names.fold(token.word()), word -> new int[2]);
                counts[PERSON.equals(token.ner()) ? 0 : 1] += "O".equals(token.ner()) ? 0 : 1;
                boolean opensOrganization = "ORGANIZATION".equals(token.ner()) && i + 1 < tokens.size()
                        && "ORGANIZATION".equals(tokens.get(i + 1).ner())
                        && (i == 0 || !"ORGANIZATION".equals(tokens.get(i - 1).ner()));
                if (opensOrganization) {
                    organizationFirstWords.add(Names.fold(token.word()));
                }
            }
        }
        persons.removeIf(person -> {
            if (person.words().size() != 1 || person.addressedWithTitle()
                    || person.mentions().stream().anyMatch(m -> Names.words(m.name()).size() > 1)) {
                return false;
            }
            String word = person.words().get(0);
            int[] counts = tagCounts.getOrDefault(word, new int[2]);
            return counts[1] > counts[0] || organizationFirstWords.contains(word);
        });
    }

    /**
     * A person none of whose mentions is addressed with a title is no person when their whole name is used
     * as the name of a club, band or work ("the film Ray" leaves Ray Charles a person): before a role in it
     * and a person's name ("Rovers boss Tom Hale"), after the kind of thing it is ("the film Nora Pike"),
     * beside a score ("Wigan 2-1 Preston"); a name of one word also as the subject of a plural verb
     * ("Rovers have sacked Hale"), or as where someone named by their occupation is from or works ("a
     * teacher from Bolton").
     */
    private static void dropNamesOfPlacesClubsAndWorks(List<List<CoreLabel>> sentences, List<PersonEntity> persons) {
        Map<Integer, List<CoreLabel>> sentenceAt = new HashMap<>();
        Map<Integer, Integer> indexAt = new HashMap<>();
        for (List<CoreLabel> tokens : sentences) {
            for (int i = 0; i < tokens.size(); i++) {
                sentenceAt.put(tokens.get(i).beginPosition(), tokens);
                indexAt.put(tokens.get(i).beginPosition(), i);
            }
        }
        persons.removeIf(person -> !person.addressedWithTitle() && person.mentions().stream().anyMatch(mention -> {
            List<CoreLabel> tokens = sentenceAt.get(mention.start());
            if (tokens == null || !Names.words(mention.name()).equals(person.words())) {
                return false;
            }
            int from = indexAt.get(mention.start());
            int to = from;
            while (to < tokens.size() && tokens.get(to).endPosition() <= mention.end()) {
                to++;
            }
            return usedAsNameOfThing(tokens, from, to);
        }));
    }

    private static boolean usedAsNameOfThing(List<CoreLabel> tokens, int from, int to) {
        boolean beforeRole = to + 1 < tokens.size() && MEMBER_ROLES.contains(Names.fold(tokens.get(to).word()))
                && isNameToken(tokens.get(to + 1));
        boolean afterKind = from > 0 && KINDS_OF_THINGS.contains(Names.fold(tokens.get(from - 1).word()));
        boolean besideScore = from > 0 && SCORE.matcher(tokens.get(from - 1).word()).matches()
                || to < tokens.size() && SCORE.matcher(tokens.get(to).word()).matches();
        boolean oneWord = to - from == 1;
        boolean opensClause = from == 0 || !NOT_OPENING_CLAUSE.matcher(tokens.get(from - 1).tag()).matches();
        boolean pluralSubject = oneWord && opensClause && to < tokens.size() && tokens.get(to).tag().equals("VBP");
        boolean someonesPlace = oneWord && from > 1 && PLACE_PREPOSITIONS.contains(tokens.get(from - 1).word())
                && isTitle(tokens.get(from - 2)) && (to == tokens.size() || !tokens.get(to).tag().equals("POS"));
        return beforeRole || afterKind || besideScore || pluralSubject || someonesPlace;
    }

    /**
     * Titles from a premodifier ("UK Home Secretary Priti Patel") or an apposition on either side ("the
     * founder of WikiLeaks, Julian Assange"; "Julian Assange, founder of WikiLeaks,"), headed by a word
     * CoreNLP's gazetteer knows as a TITLE.
     */
    private static void readTitles(Article article, List<CoreLabel> tokens, List<PersonEntity> persons) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!isNameToken(tokens.get(i)) || i > 0 && isNameToken(tokens.get(i - 1))) {
                continue;
            }
            int end = i;
            while (end < tokens.size() && isNameToken(tokens.get(end))) {
                end++;
            }
            PersonEntity person = personAt(persons, tokens.get(i).beginPosition());
            if (person == null) {
                continue;
            }
            int first = i;
            while (first > 0 && isAddress(tokens, first - 1)) {
                first--;
            }
            titleBefore(tokens, first).ifPresent(range -> person.addTitle(article.slice(range[0], range[1])));
            titleAfter(tokens, end).ifPresent(range -> person.addTitle(article.slice(range[0], range[1])));
        }
    }

    private static PersonEntity personAt(List<PersonEntity> persons, int start) {
        for (PersonEntity person : persons) {
            for (PersonEntity.NameSpan mention : person.mentions()) {
                if (mention.start() <= start && start < mention.end()) {
                    return person;
                }
            }
        }
        return null;
    }

    private static java.util.Optional<int[]> titleBefore(List<CoreLabel> tokens, int nameStart) {
        boolean apposition = nameStart > 0 && tokens.get(nameStart - 1).word().equals(",");
        int last = apposition ? nameStart - 2 : nameStart - 1;
        if (last < 0) {
            return java.util.Optional.empty();
        }
        int from = last + 1;
        while (from - 1 >= 0 && isTitleWord(tokens, from - 1, apposition)) {
            from--;
        }
        return titleRange(tokens, from, last + 1, apposition);
    }

    private static java.util.Optional<int[]> titleAfter(List<CoreLabel> tokens, int nameEnd) {
        if (nameEnd >= tokens.size() || !tokens.get(nameEnd).word().equals(",")) {
            return java.util.Optional.empty();
        }
        int from = nameEnd + 1;
        if (from < tokens.size() && tokens.get(from).tag().equals("DT")) {
            from++;
        }
        int to = from;
        while (to < tokens.size() && isTitleWord(tokens, to, true)) {
            to++;
        }
        boolean closed = to == tokens.size() || tokens.get(to).word().matches("[,.;)]");
        return closed ? titleRange(tokens, from, to, true) : java.util.Optional.empty();
    }

    /** A title is a run whose head (the word before any "of" phrase) is a TITLE; the run ends on a noun. */
    private static java.util.Optional<int[]> titleRange(List<CoreLabel> tokens, int from, int to, boolean apposition) {
        while (from < to && !isTitle(tokens.get(from)) && !tokens.get(from).tag().matches("JJ.*|NNP.*|NN.*")) {
            from++;
        }
        if (from >= to) {
            return java.util.Optional.empty();
        }
        int head = to - 1;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).word().equals("of")) {
                head = i - 1;
                break;
            }
        }
        if (head < from || !isTitle(tokens.get(head))) {
            return java.util.Optional.empty();
        }
        if (!apposition && head != to - 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new int[] {tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition()});
    }

    /** Words a title is made of: in a premodifier capitalized words and titles; in an apposition also "of" phrases. */
    private static boolean isTitleWord(List<CoreLabel> tokens, int index, boolean apposition) {
        CoreLabel token = tokens.get(index);
        if (PERSON.equals(token.ner())) {
            return false;
        }
        if (isTitle(token)) {
            return true;
        }
        String tag = token.tag();
        if (apposition) {
            return tag.matches("JJ.*|NNP.*|NN.*|HYPH") || token.word().equals("of") && index + 1 < tokens.size()
                    && tokens.get(index + 1).tag().startsWith("NNP");
        }
        return tag.matches("JJ.*|NNP.*") && Character.isUpperCase(token.word().codePointAt(0));
    }

    private static boolean isTitle(CoreLabel token) {
        return TITLE.equals(token.ner());
    }
}
