package org.clipfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.clipfacts.article.Article;
import org.clipfacts.article.QuoteScanner;
import org.clipfacts.article.QuoteSpan;
import org.clipfacts.model.Mention;
import org.clipfacts.model.Quote;
import org.clipfacts.nlp.AnnotatedArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Direct quotations and their speakers. Quotes are found by their marks ({@link QuoteScanner}); the
 * speaker is the subject of the clause the quoted words belong to when no speech verb reports it ("X
 * accused Y of \"...\""), else the subject of the speech verb outside the quote in the quote's own
 * sentences ("X said", "said X", "X insisted that"), the object of "according to", or the owner of "in his
 * opinion"; the subject is resolved by {@link Referents}. A quote with no attribution in its own sentences takes one
 * from its neighbours: "X said:" ending the sentence before, a short "X said." right after, or a sentence
 * of reported speech just before it ("X said the plan would fail. \"...\""). Failing those it continues
 * the words of the quote before it when nothing but that quote's own attribution stands between them and
 * no other person is named there. When nobody can be named the speaker is null.
 */
public final class QuoteExtractor {
    private static final Set<String> OPINION_NOUNS = Set.of("opinion", "view", "words", "eyes");
    /** How a clause hangs from the one whose subject it shares; the parser often makes "..., saying" a {@code dep}. */
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "advcl", "conj", "ccomp", "parataxis", "dep");
    private static final Set<String> MENTION_LINKS = Set.of("compound", "flat", "amod", "det", "nummod", "nmod:poss");
    private static final int MAX_CLAUSE_CLIMB = 4;
    /** How the parser may hang "X said" from the words X said: "Obama \"felt ...\", Axelrod said". */
    private static final Set<String> REPORTING_CLAUSE_LINKS = Set.of("parataxis", "dep", "ccomp");
    private static final String FINITE_VERB = "VBD|VBZ|VBP";
    /** Tags of words that open a modifier, not a speaker: "for the EU, said X", "on Twitter before claiming". */
    private static final Pattern NOT_SPEAKER_START = Pattern.compile("IN|TO|CC|W.*");
    private static final int MAX_TRAILING_ATTRIBUTION_TOKENS = 12;
    private static final int MAX_TERM_WORDS = 3;
    /** The words of an age or a parenthesis between a name and its verb: "Suu Kyi, 70, said", "Scott (D-Va.) said". */
    private static final int MAX_ASIDE_TOKENS = 6;
    private static final int MAX_LEADING_VERB_INDEX = 4;
    /** A transcript's speaker label: one to three words in capitals and a colon. */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("(\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]+){0,2}):\\s");
    /** A signature after a quote, as pull quotes and epigraphs have: "...” ― Pamela Padilla". */
    private static final Pattern SIGNATURE_DASH = Pattern.compile("[\"”“'’]*\\h*(?:[―—–]|--)\\h*");
    private static final Pattern TITLE_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** The words a title leaves in lower case. */
    private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "and", "or",
            "for", "to", "at", "by", "with", "from", "as", "vs", "de", "la");
    private static final int MAX_TITLE_WORDS = 8;
    /** A neighbour's attribution reaches over one paragraph break ("\n\n") at most. */
    private static final int MAX_LINE_BREAKS = 2;

    /** Who speaks, by which verb, the word in the text that names them, and the sentence that says so. */
    private record Attribution(Referent speaker, String cue, Mention mention, int sentence) {
    }

    public List<Quote> extract(AnnotatedArticle annotated, People people) {
        Article article = annotated.article();
        ParsedText text = new ParsedText(annotated);
        List<QuoteSpan> spans = text.quotes();
        Referents referents = new Referents(text, people);
        List<Quote> quotes = new ArrayList<>();
        Attribution previous = null;
        QuoteSpan previousSpan = null;
        Optional<Referent> lastGroup = Optional.empty();
        Set<String> labels = repeatedLabels(text, spans);
        for (QuoteSpan span : spans) {
            Referents.Salience salience = new Referents.Salience(
                    Optional.ofNullable(previous).map(Attribution::speaker).filter(Referent::person),
                    previous == null ? -1 : previous.sentence(), lastGroup);
            Attributor attributor = new Attributor(text, referents, people, article, salience);
            Attribution attribution = isTitle(text, span) ? null : attributor.labelled(span, labels)
                    .or(() -> attributor.signed(span)).or(() -> attributor.clauseOfItsOwn(span))
                    .or(() -> attributor.own(span)).or(() -> attributor.governing(span))
                    .orElse(null);
            if (attribution == null && !isTitle(text, span) && attributor.mayBorrow(span)) {
                attribution = attributor.neighbours(span).orElse(null);
                if (attribution == null && previous != null && continues(text, people, previousSpan, span, previous)) {
                    attribution = previous;
                }
            }
            Mention mention = attribution == null ? null : attribution.mention();
            quotes.add(new Quote(article.slice(span.start(), span.end()),
                    attribution == null ? null : attribution.speaker().id(),
                    attribution == null ? null : attribution.speaker().name(),
                    mention,
                    attribution == null ? null : attribution.cue(),
                    article.codePoint(span.start()), article.codePoint(span.end())));
            if (attribution != null) {
                previous = attribution;
                previousSpan = span;
                if (!attribution.speaker().person()) {
                    lastGroup = Optional.of(attribution.speaker());
                }
            }
        }
        return quotes;
    }

    /**
     * The speaker labels that open more than one quote of the article ("WALLACE: ...", "PENCE: ..."): a
     * transcript, whose labels name speakers even when the article names them no other way. One label alone
     * may be a heading ("BREAKING: ...").
     */
    private static Set<String> repeatedLabels(ParsedText text, List<QuoteSpan> spans) {
        Map<String, Long> uses = spans.stream().map(span -> label(text, span)).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return uses.entrySet().stream().filter(use -> use.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** The capitalized speaker label a quote opens with, as a transcript writes it: "PENCE: Well, ...". */
    private static Optional<String> label(ParsedText text, QuoteSpan span) {
        Matcher label = SPEAKER_LABEL.matcher(text.content()).region(span.start(), span.end());
        return label.lookingAt() ? Optional.of(label.group(1)) : Optional.empty();
    }

    /**
     * Whether a quote with no attribution of its own goes on with the words of the quote before: at most
     * one sentence (that quote's attribution) between them, within the same or the next paragraph, and no
     * other person named there.
     */
    private static boolean continues(ParsedText text, People people, QuoteSpan before, QuoteSpan quote, Attribution speaker) {
        if (text.lineBreaksBetween(before.close(), quote.open(), MAX_LINE_BREAKS + 1) > MAX_LINE_BREAKS) {
            return false;
        }
        int gapSentences = text.sentenceAt(quote.open()) - text.sentenceAt(Math.max(before.open(), before.close() - 1));
        if (gapSentences > 2) {
            return false;
        }
        // Names in the sentence that attributed the quote before describe its speaker ("Flynn, a top Trump surrogate, said").
        return people.mentionsBefore(quote.open()).stream()
                .takeWhile(named -> named.span().start() >= before.close())
                .filter(named -> text.sentenceAt(named.span().start()) != speaker.sentence())
                .allMatch(named -> named.person().id().equals(speaker.speaker().id()));
    }

    /** Finds the attribution of one quote, in its own sentences or in the sentences around it. */
    private record Attributor(ParsedText text, Referents referents, People people, Article article,
                              Referents.Salience salience) {

        /**
         * A transcript's turn: the quote opens with its speaker's label ("PENCE: Well, ..."), a person the
         * article names or a label used for more than one turn.
         */
        Optional<Attribution> labelled(QuoteSpan span, Set<String> repeatedLabels) {
            return label(text, span).flatMap(label -> {
                Mention mention = new Mention(article.slice(span.start(), span.start() + label.length()),
                        article.codePoint(span.start()), article.codePoint(span.start() + label.length()));
                Optional<Referent> named = people.named(Names.words(label)).map(Referent::of);
                Optional<Referent> speaker = named.isPresent() || !repeatedLabels.contains(label) ? named
                        : Optional.of(Referent.group(titleCase(label)));
                return speaker.map(referent -> new Attribution(referent, null, mention, text.sentenceAt(span.start())));
            });
        }

        /** A quote signed after a dash on its own line: "“...” ― Pamela Padilla". */
        Optional<Attribution> signed(QuoteSpan span) {
            String content = text.content();
            int from = Math.min(content.length(), span.close());
            Matcher dash = SIGNATURE_DASH.matcher(content).region(from, content.length());
            if (!dash.lookingAt()) {
                return Optional.empty();
            }
            int nameStart = dash.end();
            return people.mentionAt(nameStart, nameStart + 1)
                    .filter(name -> name.start() == nameStart && endsLineOrClause(content, name.end()))
                    .flatMap(name -> people.at(name.start(), name.end())
                            .map(person -> new Attribution(Referent.of(person), null,
                                    new Mention(article.slice(name.start(), name.end()),
                                            article.codePoint(name.start()), article.codePoint(name.end())),
                                    text.sentenceAt(name.start()))));
        }

        /** The attribution in the sentences the quote stands in: nearest speech verb first. */
        Optional<Attribution> own(QuoteSpan span) {
            int first = text.sentenceAt(span.open());
            int last = text.sentenceAt(Math.max(span.open(), span.close() - 1));
            return inSentences(span, first, last, false);
        }

        /**
         * For a quote no speech verb attributes, the subject of the clause its words belong to, whatever the
         * verb: "X accused Y of \"...\"", "X went on: \"...\"", "\"...?\" X pressed". Not a passive subject
         * ("X was described as \"...\""), nor a subject the quote stands in.
         */
        Optional<Attribution> governing(QuoteSpan span) {
            return governingClause(span, false);
        }

        /**
         * The subject of the clause the quote's words belong to, before any speech verb of the sentence, when
         * that clause reports nobody's speech: "Ted Cruz accuses Obama of \"leading from behind\" and Donald
         * Trump says ..." is Cruz's, "as Trump went on about \"how the system is rigged,\" Melanie said yes"
         * Trump's; not "X said the plan was \"doomed\"", a speech verb's complement, which {@link #own} gives X.
         */
        Optional<Attribution> clauseOfItsOwn(QuoteSpan span) {
            return governingClause(span, true);
        }

        private Optional<Attribution> governingClause(QuoteSpan span, boolean beforeSpeechVerbs) {
            int sentence = text.sentenceAt(span.open());
            if (text.tooLong(sentence)) {
                return Optional.empty();
            }
            SemanticGraph graph = text.graph(sentence);
            IndexedWord from = hangingOutside(sentence, span).orElse(null);
            if (from == null || beforeSpeechVerbs && reportedSpeech(graph, from)) {
                return Optional.empty();
            }
            IndexedWord clause = graph.getParent(from);
            for (int climb = 0; climb < MAX_CLAUSE_CLIMB && clause != null; climb++) {
                if (beforeSpeechVerbs && SpeechVerbs.isSpeechVerb(graph, clause)) {
                    return Optional.empty();
                }
                IndexedWord cameFrom = from;
                Optional<IndexedWord> subject = clause.tag().startsWith("VB")
                        ? ParsedText.childExactly(graph, clause, "nsubj")
                                .filter(word -> !word.equals(cameFrom) && !text.insideQuote(word.backingLabel())
                                        && namesOne(graph, word))
                        : Optional.empty();
                if (subject.isPresent()) {
                    return subjectSpeaks(sentence, clause, subject.get());
                }
                from = clause;
                clause = graph.getParent(clause);
            }
            return Optional.empty();
        }

        /**
         * Whether the word (the quote's, hanging outside it) stands in what a speech verb reports, however deep:
         * below the verb ("Kasich predicted at the debate that Republicans will take \"every state\""), or with
         * the verb hanging from it or a clause above it ("the NFL has gone \"soft\"", parsed with \"Trump says\"
         * as a parataxis). Not in a clause beside the speech: "as Trump went on about \"...\", Melanie said" (an
         * adverbial clause before its verb), "Cruz accuses Obama of \"...\" and Trump says" (no verb above).
         */
        private boolean reportedSpeech(SemanticGraph graph, IndexedWord quoted) {
            List<IndexedWord> path = new ArrayList<>();
            for (IndexedWord word = quoted; word != null && !path.contains(word); word = graph.getParent(word)) {
                path.add(word);
            }
            for (int i = 0; i + 1 < path.size(); i++) {
                IndexedWord word = path.get(i);
                IndexedWord head = path.get(i + 1);
                if (SpeechVerbs.isSpeechVerb(graph, head)) {
                    boolean beside = ParsedText.relationToHead(graph, word).startsWith("advcl") && word.index() < head.index();
                    return !beside;
                }
            }
            return path.stream().flatMap(word -> graph.outgoingEdgeList(word).stream())
                    .filter(edge -> REPORTING_CLAUSE_LINKS.contains(edge.getRelation().getShortName()))
                    .map(SemanticGraphEdge::getDependent)
                    .anyMatch(verb -> SpeechVerbs.isSpeechVerb(graph, verb) && !text.insideQuote(verb.backingLabel()));
        }

        private Optional<Attribution> subjectSpeaks(int sentence, IndexedWord verb, IndexedWord subject) {
            return referents.resolve(sentence, subject, salience)
                    .map(speaker -> new Attribution(speaker, verb.lemma().toLowerCase(Locale.ROOT), mention(sentence, subject), sentence));
        }

        /**
         * Whether a subject of any verb is sure enough to speak: not "they" or "it" (the last group, a thing),
         * nor a bare role ("the director"), which a speech verb's subject may be; a role with its holder's name
         * beside it is that person ("the director of the trust, Norman Brennan").
         */
        private boolean namesOne(SemanticGraph graph, IndexedWord subject) {
            boolean pronoun = subject.tag().startsWith("PRP");
            return pronoun ? Gender.ofPronoun(subject.word().toLowerCase(Locale.ROOT)) != Gender.UNKNOWN
                    : !"TITLE".equals(subject.ner()) || referents.personNamedBy(graph, subject).isPresent();
        }

        /**
         * Whether a quote with no attribution of its own may take its neighbours': not when its own sentences
         * attribute it to someone who cannot be named ("a spokesman said", "critics say"), nor when they name
         * a person outside quotation marks (the words are then about that person, or the parse missed them).
         */
        boolean mayBorrow(QuoteSpan span) {
            int first = text.sentenceAt(span.open());
            int last = text.sentenceAt(Math.max(span.open(), span.close() - 1));
            if (!opensSentence(first) && isTerm(span)) {
                return false;
            }
            for (int s = first; s <= last; s++) {
                if (text.tooLong(s)) {
                    continue;
                }
                for (CoreLabel token : text.tokens(s)) {
                    if (text.insideQuote(token)) {
                        continue;
                    }
                    if (people.at(token.beginPosition(), token.endPosition()).isPresent()) {
                        return false;
                    }
                    Optional<Candidate> candidate = candidate(text, s, token);
                    if (candidate.isPresent() && candidate.get().namesSomeone(text, span)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * A few quoted words inside the narrative ("as the \"autopsy\" recommended") are a term or a title
         * when the sentence names nobody, not the last speaker going on; longer ones may be that speaker's.
         */
        private boolean isTerm(QuoteSpan span) {
            return text.content().substring(span.start(), span.end()).trim().split("\\s+").length <= MAX_TERM_WORDS;
        }

        private boolean opensSentence(int sentence) {
            return text.tokens(sentence).stream().filter(token -> !token.tag().matches("\\W+|``|''|-LRB-"))
                    .findFirst().map(text::insideQuote).orElse(true);
        }

        /**
         * An attribution in the sentence before ("X said:" or reported speech by X) or in a short sentence
         * right after ("X said."), for a quote whose own sentences have none.
         */
        Optional<Attribution> neighbours(QuoteSpan span) {
            int first = text.sentenceAt(span.open());
            int last = text.sentenceAt(Math.max(span.open(), span.close() - 1));
            Optional<Attribution> after = Optional.empty();
            if (last + 1 < text.sentenceCount() && trailingAttribution(last + 1, span)) {
                after = inSentences(span, last + 1, last + 1, true);
            }
            if (after.isPresent() || first == 0) {
                return after;
            }
            if (!reportingSentence(first - 1, span)) {
                return Optional.empty();
            }
            return inSentences(span, first - 1, first - 1, true).or(() -> colonIntroduces(first - 1));
        }

        /** "X issued the following statement:" — a sentence ending on a colon gives the quote to its subject. */
        private Optional<Attribution> colonIntroduces(int sentence) {
            List<CoreLabel> tokens = text.tokens(sentence);
            if (!tokens.get(tokens.size() - 1).word().equals(":")) {
                return Optional.empty();
            }
            SemanticGraph graph = text.graph(sentence);
            for (IndexedWord root : graph.getRoots()) {
                Optional<IndexedWord> subject = ParsedText.childExactly(graph, root, "nsubj")
                        .filter(word -> !text.insideQuote(word.backingLabel()) && namesOne(graph, word));
                if (root.tag().startsWith("VB") && subject.isPresent()) {
                    return subjectSpeaks(sentence, root, subject.get());
                }
            }
            return Optional.empty();
        }

        /**
         * The sentence right after the quote, on its line, attributes it: "he said." or "Smith told the
         * BBC on Monday." (a speech verb among its first words, or in a short sentence, that says nothing
         * else), or "said Donna Lages, 39, a waitress ..." (a sentence opening on its speech verb).
         */
        private boolean trailingAttribution(int sentence, QuoteSpan span) {
            List<CoreLabel> tokens = text.tokens(sentence);
            if (text.tooLong(sentence) || !text.onlyPunctuationBetween(span.close(), tokens.get(0).beginPosition())
                    || text.lineBreaksBetween(span.close(), tokens.get(0).beginPosition(), 1) > 0) {
                return false;
            }
            SemanticGraph graph = text.graph(sentence);
            return graph.getRoots().stream().anyMatch(root -> SpeechVerbs.isSpeechVerb(graph, root)
                    && (root.index() == 1 || (root.index() <= MAX_LEADING_VERB_INDEX || tokens.size() <= MAX_TRAILING_ATTRIBUTION_TOKENS)
                    && ParsedText.child(graph, root, "ccomp").isEmpty() && ParsedText.child(graph, root, "obj").isEmpty()));
        }

        /**
         * The sentence before the quote reports speech: it ends on a colon ("X said:"), or its main verb is a
         * speech verb outside quotation marks ("X said the plan would fail."), in the same or the paragraph before.
         */
        private boolean reportingSentence(int sentence, QuoteSpan span) {
            List<CoreLabel> tokens = text.tokens(sentence);
            if (text.tooLong(sentence)) {
                return false;
            }
            if (text.lineBreaksBetween(tokens.get(tokens.size() - 1).endPosition(), span.open(), MAX_LINE_BREAKS + 1) > MAX_LINE_BREAKS) {
                return false;
            }
            if (tokens.get(tokens.size() - 1).word().equals(":")) {
                return true;
            }
            SemanticGraph graph = text.graph(sentence);
            return mainVerbs(text, sentence).stream().anyMatch(verb -> SpeechVerbs.isSpeechVerb(graph, verb)
                    && !text.insideQuote(verb.backingLabel()));
        }

        private Optional<Attribution> inSentences(QuoteSpan span, int first, int last, boolean neighbour) {
            List<Candidate> candidates = new ArrayList<>();
            for (int s = first; s <= last; s++) {
                if (text.tooLong(s)) {
                    continue;
                }
                for (CoreLabel token : text.tokens(s)) {
                    if (!text.insideQuote(token)) {
                        candidate(text, s, token).ifPresent(candidates::add);
                    }
                }
            }
            List<IndexedWord> governors = governors(span);
            candidates.sort(java.util.Comparator.comparingInt((Candidate candidate) -> governingRank(candidate, text.sentenceAt(span.open()), governors))
                    .thenComparingInt(candidate -> distance(candidate.token(), span)));
            for (Candidate candidate : candidates) {
                Optional<Attribution> attribution = candidate.resolve(this, span, neighbour);
                if (attribution.isPresent()) {
                    return attribution;
                }
            }
            return Optional.empty();
        }

        /** The first of the quote's words that hangs from a word outside the quote. */
        private Optional<IndexedWord> hangingOutside(int sentence, QuoteSpan span) {
            SemanticGraph graph = text.graph(sentence);
            return text.tokens(sentence).stream()
                    .filter(token -> token.beginPosition() >= span.start() && token.endPosition() <= span.end())
                    .map(token -> text.node(sentence, token))
                    .filter(word -> word != null && graph.getParent(word) != null && !text.insideQuote(graph.getParent(word).backingLabel()))
                    .findFirst();
        }

        /**
         * The words the quote's words hang from outside it, nearest first: a speech verb among them says the
         * quote ("Flynn said Trump was \"absolutely right\" when he said ..." is Flynn's; "X said Y had called it
         * \"rigged\"" is Y's), wherever a nearer one stands.
         */
        private List<IndexedWord> governors(QuoteSpan span) {
            int sentence = text.sentenceAt(span.open());
            if (text.tooLong(sentence)) {
                return List.of();
            }
            SemanticGraph graph = text.graph(sentence);
            IndexedWord inside = hangingOutside(sentence, span).orElse(null);
            List<IndexedWord> governors = new ArrayList<>();
            for (IndexedWord head = inside == null ? null : graph.getParent(inside); head != null && !governors.contains(head);
                 head = graph.getParent(head)) {
                governors.add(head);
            }
            return governors;
        }

        private int governingRank(Candidate candidate, int quoteSentence, List<IndexedWord> governors) {
            int rank = candidate.sentence() == quoteSentence ? governors.indexOf(text.node(candidate.sentence(), candidate.token())) : -1;
            return rank < 0 ? Integer.MAX_VALUE : rank;
        }

        /** The words naming the speaker: the name mention, else the phrase of the word with its modifiers. */
        Mention mention(int sentence, IndexedWord word) {
            SemanticGraph graph = text.graph(sentence);
            Optional<PersonEntity.NameSpan> name = referents.nameMentionBy(graph, word);
            int start;
            int end;
            if (name.isPresent()) {
                start = name.get().start();
                end = name.get().end();
            } else {
                start = word.beginPosition();
                end = word.endPosition();
                for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
                    IndexedWord modifier = edge.getDependent();
                    if (MENTION_LINKS.contains(edge.getRelation().toString())
                            && !text.insideQuote(modifier.backingLabel())) {
                        start = Math.min(start, modifier.beginPosition());
                        end = Math.max(end, modifier.endPosition());
                    }
                }
            }
            return new Mention(article.slice(start, end), article.codePoint(start), article.codePoint(end));
        }
    }

    /** A word that can attribute a quote: a speech verb, "according (to)", or an opinion noun with an owner. */
    private record Candidate(int sentence, CoreLabel token, Kind kind) {
        enum Kind { SPEECH_VERB, ACCORDING_TO, OPINION }

        /**
         * Whether the word attributes the quote to a phrase at all, whether or not that phrase can be resolved;
         * "the Mexican president" does not count, as it means someone the article has named.
         */
        boolean namesSomeone(ParsedText text, QuoteSpan quote) {
            IndexedWord word = text.node(sentence, token);
            if (word == null) {
                return false;
            }
            SemanticGraph graph = text.graph(sentence);
            return switch (kind) {
                case SPEECH_VERB -> speakerPhrases(text, sentence, word, quote).stream().anyMatch(phrase -> !Referents.describesSomeoneNamed(graph, phrase));
                case ACCORDING_TO -> graph.getParent(word) != null;
                case OPINION -> ParsedText.child(graph, word, "nmod:poss").isPresent();
            };
        }

        /** The attribution this word makes; in a neighbouring sentence only a main verb attributes. */
        Optional<Attribution> resolve(Attributor attributor, QuoteSpan quote, boolean neighbour) {
            ParsedText text = attributor.text();
            Referents referents = attributor.referents();
            Referents.Salience salience = attributor.salience();
            SemanticGraph graph = text.graph(sentence);
            IndexedWord word = text.node(sentence, token);
            if (word == null || neighbour && kind == Kind.SPEECH_VERB && !mainVerbs(text, sentence).contains(word)) {
                return Optional.empty();
            }
            return switch (kind) {
                case SPEECH_VERB -> speakerPhrases(text, sentence, word, quote).stream()
                        .map(phrase -> referents.resolveSpeaker(sentence, phrase, salience)
                                .map(speaker -> new Attribution(speaker, word.lemma().toLowerCase(Locale.ROOT),
                                        attributor.mention(sentence, phrase), sentence)))
                        .flatMap(Optional::stream)
                        .findFirst();
                case ACCORDING_TO -> Optional.ofNullable(graph.getParent(word))
                        .filter(source -> !text.insideQuote(source.backingLabel()))
                        .flatMap(source -> referents.resolve(sentence, source, salience)
                                .map(speaker -> new Attribution(speaker, "according to", attributor.mention(sentence, source), sentence)));
                case OPINION -> ParsedText.child(graph, word, "nmod:poss")
                        .flatMap(owner -> referents.resolve(sentence, owner, salience)
                                .map(speaker -> new Attribution(speaker, null, attributor.mention(sentence, owner), sentence)));
            };
        }
    }

    /**
     * The verbs that carry a sentence: its roots, and its first verb outside quotation marks when that has a
     * subject of its own, where the parser put the root elsewhere ("John Denham said drugs were used as an
     * excuse", rooted at "used").
     */
    private static List<IndexedWord> mainVerbs(ParsedText text, int sentence) {
        SemanticGraph graph = text.graph(sentence);
        List<IndexedWord> verbs = new ArrayList<>(graph.getRoots());
        text.tokens(sentence).stream()
                .filter(token -> token.tag().startsWith("VB") && !text.insideQuote(token))
                .findFirst()
                .map(token -> text.node(sentence, token))
                .filter(verb -> ParsedText.childExactly(graph, verb, "nsubj").isPresent() && !verbs.contains(verb))
                .ifPresent(verbs::add);
        return verbs;
    }

    private static Optional<Candidate> candidate(ParsedText text, int sentence, CoreLabel token) {
        String lemma = SpeechVerbs.lemma(token);
        IndexedWord word = text.node(sentence, token);
        if (word != null && SpeechVerbs.isSpeechVerb(text.graph(sentence), word)) {
            return Optional.of(new Candidate(sentence, token, Candidate.Kind.SPEECH_VERB));
        }
        if (lemma.equals("accord") && token.word().equalsIgnoreCase("according")) {
            return Optional.of(new Candidate(sentence, token, Candidate.Kind.ACCORDING_TO));
        }
        if (token.tag().startsWith("NN") && OPINION_NOUNS.contains(lemma)) {
            return Optional.of(new Candidate(sentence, token, Candidate.Kind.OPINION));
        }
        return Optional.empty();
    }

    /**
     * Where the speaker of a speech verb can stand, most likely first: its subject, or the subject of the
     * clause it depends on when it has none ("he said, adding that", "went on to describe"); in a main
     * clause with no subject, the phrase the parser made its object (inversion: "..., said López Obrador");
     * after a quote, the phrase between the closing mark and the verb, where no other verb stands between.
     * Words inside quotation marks are never the speaker.
     */
    private static List<IndexedWord> speakerPhrases(ParsedText text, int sentence, IndexedWord verb, QuoteSpan quote) {
        SemanticGraph graph = text.graph(sentence);
        List<IndexedWord> phrases = new ArrayList<>();
        IndexedWord clause = verb;
        IndexedWord topClause = verb;
        for (int climb = 0; climb < MAX_CLAUSE_CLIMB && clause != null; climb++) {
            topClause = clause;
            Optional<IndexedWord> subject = ParsedText.child(graph, clause, "nsubj")
                    .filter(word -> !text.insideQuote(word.backingLabel()));
            if (subject.isPresent()) {
                phrases.add(subject.get());
                break;
            }
            String relation = ParsedText.relationToHead(graph, clause);
            IndexedWord head = graph.getParent(clause);
            // A dep is trusted only into a main clause: "X stepped up ..., saying", not "Y had spoken with ..., adding".
            boolean link = CLAUSE_LINKS.contains(relation.split(":")[0])
                    && (!relation.equals("dep") || head != null && graph.getRoots().contains(head));
            clause = link ? head : null;
        }
        // "..., said López Obrador": a main verb after punctuation; "..., replied Mr Sullivan": right after a
        // quote, where the parser may hang the verb from the quote's words. Not "Clinton told ABC News" parsed
        // without its subject.
        CoreLabel wordBefore = verb.index() > 1 ? text.tokens(sentence).get(verb.index() - 2) : null;
        boolean afterPunctuation = wordBefore == null || wordBefore.tag().matches("\\W+|``|''|RB");
        // Only a finite verb inverts: "Describing Mr Jackson as ..." is no "said Mr Jackson".
        boolean inverted = verb.tag().matches(FINITE_VERB) && (graph.getRoots().contains(verb) && afterPunctuation
                || verb.beginPosition() >= quote.close()
                && text.onlyPunctuationBetween(quote.close(), verb.beginPosition()));
        if (phrases.isEmpty() && inverted) {
            SpeechVerbs.invertedSpeaker(text, graph, verb).ifPresent(phrases::add);
        }
        // "In a statement issued on Wednesday Lord Woolf said:", "At NLD headquarters, Suu Kyi, 70, said ... but
        // added": the parser took the name into the phrase before.
        for (IndexedWord subjectless : List.of(verb, topClause)) {
            Optional<CoreLabel> nameBefore = nameBefore(text, sentence, subjectless);
            if (phrases.isEmpty() && nameBefore.isPresent() && subjectless.tag().matches("VBD|VBZ")) {
                Optional.ofNullable(text.node(sentence, nameBefore.get())).ifPresent(phrases::add);
            }
        }
        if (verb.beginPosition() >= quote.close()) {
            phraseHeadBetween(text, sentence, quote.close(), verb.beginPosition()).ifPresent(phrases::add);
        }
        return phrases;
    }

    /** The proper noun right before a verb, or before the age or the parenthesis after it ("Suu Kyi, 70, said"). */
    private static Optional<CoreLabel> nameBefore(ParsedText text, int sentence, IndexedWord verb) {
        List<CoreLabel> tokens = text.tokens(sentence);
        int before = verb.index() - 2;
        if (before >= 2 && tokens.get(before).tag().equals(",") && tokens.get(before - 1).tag().equals("CD")
                && tokens.get(before - 2).tag().equals(",")) {
            before -= 3;
        } else if (before >= 0 && tokens.get(before).tag().equals("-RRB-")) {
            int open = before;
            while (open > 0 && !tokens.get(open).tag().equals("-LRB-") && before - open < MAX_ASIDE_TOKENS) {
                open--;
            }
            before = tokens.get(open).tag().equals("-LRB-") ? open - 1 : -1;
        }
        return before >= 0 && tokens.get(before).tag().startsWith("NNP") && !text.insideQuote(tokens.get(before))
                ? Optional.of(tokens.get(before)) : Optional.empty();
    }

    /**
     * The head of the phrase between two offsets when the words there are one noun phrase or a name, such as "Mr.
     * Flannigan" in "\"...\" Mr. Flannigan said"; not a phrase that opens on a preposition ("for the EU, said
     * X", "on Twitter before claiming").
     */
    private static Optional<IndexedWord> phraseHeadBetween(ParsedText text, int sentence, int from, int to) {
        SemanticGraph graph = text.graph(sentence);
        List<CoreLabel> between = text.tokens(sentence).stream()
                .filter(token -> token.beginPosition() > from && token.endPosition() <= to)
                .toList();
        boolean verbBetween = between.stream().anyMatch(token -> token.tag().startsWith("VB")
                && !"amod".equals(ParsedText.relationToHead(graph, text.node(sentence, token))));
        boolean modifierFirst = between.stream().filter(token -> !token.tag().matches("\\W+|``|''")).findFirst()
                .map(token -> NOT_SPEAKER_START.matcher(token.tag()).matches()).orElse(false);
        if (verbBetween || modifierFirst) {
            return Optional.empty();
        }
        for (CoreLabel token : between) {
            // The tagger may take a surname for an adjective ("Devine added"); NER still knows it for a name.
            if (!token.tag().matches("NN.*|PRP") && !"PERSON".equals(token.ner())) {
                continue;
            }
            IndexedWord word = text.node(sentence, token);
            IndexedWord head = word == null ? null : graph.getParent(word);
            if (word != null && (head == null || head.beginPosition() < from || head.endPosition() > to)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the quoted words are written as a title ("Face the Nation", "Make America Great Again"): a
     * work, a programme or a slogan, which nobody is quoted as saying. One capitalized word may be speech
     * ("Probably.").
     */
    private static boolean isTitle(ParsedText text, QuoteSpan span) {
        List<String> words = TITLE_WORD.matcher(text.content().substring(span.start(), span.end())).results()
                .map(MatchResult::group).toList();
        return words.size() >= 2 && words.size() <= MAX_TITLE_WORDS
                && words.stream().allMatch(word -> !Character.isLowerCase(word.charAt(0)) || TITLE_FUNCTION_WORDS.contains(word))
                && !Character.isLowerCase(words.get(0).charAt(0));
    }

    /** Whether a signature's name ends its line or is followed only by a comma or a stop ("― Jane Doe, 34"). */
    private static boolean endsLineOrClause(String content, int from) {
        for (int i = from; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n' || c == ',' || c == '.') {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** "WALLACE" as a name is written: "Wallace". */
    private static String titleCase(String label) {
        return Pattern.compile("\\p{L}+").matcher(label.toLowerCase(Locale.ROOT))
                .replaceAll(word -> Character.toUpperCase(word.group().charAt(0)) + word.group().substring(1));
    }

    private static int distance(CoreLabel token, QuoteSpan span) {
        if (token.endPosition() <= span.open()) {
            return span.open() - token.endPosition();
        }
        return Math.max(0, token.beginPosition() - span.close());
    }
}
