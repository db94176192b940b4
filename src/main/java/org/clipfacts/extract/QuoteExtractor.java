package org.clipfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.clipfacts.article.Article;
import org.clipfacts.article.QuoteScanner;
import org.clipfacts.article.QuoteSpan;
import org.clipfacts.model.Quote;
import org.clipfacts.nlp.AnnotatedArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Direct quotations and their speakers. Quotes are found by their marks ({@link QuoteScanner}); the
 * speaker is the subject of the nearest speech verb outside the quote in the quote's own sentences ("X
 * said", "said X", "X insisted that"), the object of "according to", or the owner of "in his opinion";
 * the subject is resolved by {@link Referents}. A quote with no attribution of its own keeps the speaker
 * of the quote before it in the same paragraph. When nobody can be named the speaker is null.
 */
public final class QuoteExtractor {
    private static final Set<String> SPEECH_VERBS = WordList.load("speech-verbs.txt");
    private static final Set<String> OPINION_NOUNS = Set.of("opinion", "view", "words", "eyes");
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "advcl", "conj", "ccomp", "parataxis");
    private static final int MAX_CLAUSE_CLIMB = 4;

    private record Attribution(Referent speaker, String cue) {
    }

    public List<Quote> extract(AnnotatedArticle annotated, People people) {
        Article article = annotated.article();
        List<QuoteSpan> spans = QuoteScanner.scan(article.text());
        ParsedText text = new ParsedText(annotated);
        Referents referents = new Referents(text, people);
        List<Quote> quotes = new ArrayList<>();
        Attribution previous = null;
        QuoteSpan previousSpan = null;
        Optional<Referent> lastGroup = Optional.empty();
        for (QuoteSpan span : spans) {
            Optional<Attribution> own = attribute(span, spans, text, referents, lastGroup);
            Attribution attribution = own.orElse(null);
            if (attribution == null && previous != null && sameParagraph(article.text(), previousSpan, span)) {
                attribution = previous;
            }
            quotes.add(new Quote(article.slice(span.start(), span.end()),
                    attribution == null ? null : attribution.speaker().id(),
                    attribution == null ? null : attribution.speaker().name(),
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

    private static boolean sameParagraph(String text, QuoteSpan before, QuoteSpan quote) {
        return before != null && text.substring(before.close(), quote.open()).indexOf('\n') < 0;
    }

    /** The attribution in the sentences the quote stands in: nearest speech verb first. */
    private static Optional<Attribution> attribute(QuoteSpan span, List<QuoteSpan> allQuotes, ParsedText text,
                                                   Referents referents, Optional<Referent> lastGroup) {
        int first = text.sentenceAt(span.open());
        int last = text.sentenceAt(Math.max(span.open(), span.close() - 1));
        List<Candidate> candidates = new ArrayList<>();
        for (int s = first; s <= last; s++) {
            if (text.tooLong(s)) {
                continue;
            }
            for (CoreLabel token : text.tokens(s)) {
                if (!insideAnyQuote(token, allQuotes)) {
                    candidate(s, token).ifPresent(candidates::add);
                }
            }
        }
        candidates.sort(java.util.Comparator.comparingInt(candidate -> distance(candidate.token(), span)));
        for (Candidate candidate : candidates) {
            Optional<Attribution> attribution = candidate.resolve(text, referents, span, allQuotes, lastGroup);
            if (attribution.isPresent()) {
                return attribution;
            }
        }
        return Optional.empty();
    }

    /** A word that can attribute a quote: a speech verb, "according (to)", or an opinion noun with an owner. */
    private record Candidate(int sentence, CoreLabel token, Kind kind) {
        enum Kind { SPEECH_VERB, ACCORDING_TO, OPINION }

        Optional<Attribution> resolve(ParsedText text, Referents referents, QuoteSpan quote, List<QuoteSpan> allQuotes,
                                      Optional<Referent> lastGroup) {
            SemanticGraph graph = text.graph(sentence);
            IndexedWord word = text.node(sentence, token);
            if (word == null) {
                return Optional.empty();
            }
            return switch (kind) {
                case SPEECH_VERB -> speakerPhrases(text, sentence, word, quote, allQuotes).stream()
                        .map(phrase -> referents.resolve(sentence, phrase, lastGroup))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .map(speaker -> new Attribution(speaker, word.lemma().toLowerCase(Locale.ROOT)));
                case ACCORDING_TO -> Optional.ofNullable(graph.getParent(word))
                        .flatMap(source -> referents.resolve(sentence, source, lastGroup))
                        .map(speaker -> new Attribution(speaker, "according to"));
                case OPINION -> ParsedText.child(graph, word, "nmod:poss")
                        .flatMap(owner -> referents.resolve(sentence, owner, lastGroup))
                        .map(speaker -> new Attribution(speaker, null));
            };
        }
    }

    private static Optional<Candidate> candidate(int sentence, CoreLabel token) {
        String lemma = token.lemma() == null ? token.word().toLowerCase(Locale.ROOT) : token.lemma().toLowerCase(Locale.ROOT);
        if (token.tag().startsWith("VB") && SPEECH_VERBS.contains(lemma)) {
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
    private static List<IndexedWord> speakerPhrases(ParsedText text, int sentence, IndexedWord verb, QuoteSpan quote,
                                                    List<QuoteSpan> allQuotes) {
        SemanticGraph graph = text.graph(sentence);
        List<IndexedWord> phrases = new ArrayList<>();
        IndexedWord clause = verb;
        for (int climb = 0; climb < MAX_CLAUSE_CLIMB && clause != null; climb++) {
            Optional<IndexedWord> subject = ParsedText.child(graph, clause, "nsubj")
                    .filter(word -> !insideAnyQuote(word.backingLabel(), allQuotes));
            if (subject.isPresent()) {
                phrases.add(subject.get());
                break;
            }
            String relation = ParsedText.relationToHead(graph, clause);
            clause = CLAUSE_LINKS.contains(relation.split(":")[0]) ? graph.getParent(clause) : null;
        }
        boolean mainClause = graph.getRoots().contains(verb);
        if (phrases.isEmpty() && mainClause) {
            ParsedText.child(graph, verb, "obj").ifPresent(phrases::add);
        }
        if (verb.beginPosition() >= quote.close()) {
            phraseHeadBetween(text, sentence, quote.close(), verb.beginPosition()).ifPresent(phrases::add);
        }
        return phrases;
    }

    /** The first word between two offsets whose head lies outside them: the head of the phrase there. */
    private static Optional<IndexedWord> phraseHeadBetween(ParsedText text, int sentence, int from, int to) {
        SemanticGraph graph = text.graph(sentence);
        List<CoreLabel> between = text.tokens(sentence).stream()
                .filter(token -> token.beginPosition() > from && token.endPosition() <= to)
                .toList();
        boolean verbBetween = between.stream().anyMatch(token -> token.tag().startsWith("VB")
                && !"amod".equals(ParsedText.relationToHead(graph, text.node(sentence, token))));
        if (verbBetween) {
            return Optional.empty();
        }
        for (CoreLabel token : between) {
            if (!token.tag().matches("NN.*|PRP")) {
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

    /** Quotes are sorted and do not overlap, so the one that could hold a token is found by bisection. */
    private static boolean insideAnyQuote(CoreLabel token, List<QuoteSpan> quotes) {
        int low = 0;
        int high = quotes.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            QuoteSpan quote = quotes.get(middle);
            if (token.beginPosition() < quote.open()) {
                high = middle - 1;
            } else if (token.endPosition() > quote.close() + 1) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static int distance(CoreLabel token, QuoteSpan span) {
        if (token.endPosition() <= span.open()) {
            return span.open() - token.endPosition();
        }
        return Math.max(0, token.beginPosition() - span.close());
    }
}
