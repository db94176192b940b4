package org.clipfacts.extract;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.parser.ParseException;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParseException;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.clipfacts.article.Article;
import org.clipfacts.model.Charge;
import org.clipfacts.nlp.AnnotatedArticle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Statements of criminal charges. TokensRegex rules ({@code charges.rules}, extensible without touching
 * the Java code) find where charges are stated; the dependency parse finds who faces them ("charges
 * against X", "X faces", "X, who is charged with") and by whom; CRIMINAL_CHARGE tags name the crime and
 * CoreNLP's number normalizer reads the count. A penalty stated anywhere for the same person is the
 * sentence of each of that person's charges; one stated for nobody in particular ("he could face 175
 * years in prison") goes to the article's main defendant, the person most statements name.
 */
public final class ChargeExtractor {
    private static final String RULES = "charges.rules";
    private static final Map<String, String> CHARGE_NAMES = loadChargeNames();
    private static final String UNNAMED_CHARGE = "criminal charges";
    private static final List<String> DEFENDANT_RELATIONS = List.of("nmod:against", "obl:against", "nmod:poss", "obj", "nsubj:xsubj", "nsubj:pass", "nsubj");
    private static final List<String> AGENT_RELATIONS = List.of("obl:agent", "obl:by", "nmod:agent", "nmod:by");
    private static final Set<String> PHRASE_EDGES_EXCLUDED = Set.of("appos", "acl", "acl:relcl", "punct", "advcl", "obl", "nmod", "dep", "ref");
    private static final int MAX_CLIMB = 5;
    /** A bare "charges" names its defendant in its own clause: "charges against X", "X faces charges". */
    private static final int BARE_CHARGE_CLIMB = 2;
    private static final java.util.regex.Pattern CRIMINAL_WORDS =
            java.util.regex.Pattern.compile("(?i)criminal|felony|misdemeanou?r|counts?|indictments?");
    private static final Map<String, Integer> COUNT_WORDS = Map.of("score", 20, "dozen", 12);

    private final CoreMapExpressionExtractor<MatchedExpression> rules;

    /**
     * The rules are read through this class's loader and handed to CoreNLP as text: given a name, CoreNLP
     * looks through its own loader, which on a Spark cluster or an application server may not see our jar.
     */
    @SuppressWarnings("unchecked")
    public ChargeExtractor() {
        try (InputStream in = ChargeExtractor.class.getResourceAsStream(RULES)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RULES + " is missing from the jar");
            }
            rules = CoreMapExpressionExtractor.createExtractorFromString(TokenSequencePattern.getNewEnv(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException | TokenSequenceParseException e) {
            throw new IllegalStateException(RULES + ": " + e.getMessage(), e);
        }
    }

    private record Match(String kind, int from, int to) {
    }

    public List<Charge> extract(AnnotatedArticle annotated, People people) {
        Article article = annotated.article();
        ParsedText text = new ParsedText(annotated);
        Referents referents = new Referents(text, people);
        List<String[]> penalties = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (int s = 0; s < text.sentenceCount(); s++) {
            if (text.tooLong(s)) {
                continue;
            }
            List<Match> matches = matches(text, s);
            for (Match match : matches) {
                if (match.kind().equals("PENALTY")) {
                    penalties.add(penalty(text, referents, s, match));
                }
            }
            for (Match match : mergeAdjacent(matches)) {
                statement(text, referents, s, match).ifPresent(statements::add);
            }
        }
        Optional<String> mainDefendant = mostFrequentDefendant(statements);
        Map<String, String> penaltyOf = penaltiesOfDefendants(penalties, statements, mainDefendant);
        List<Charge> charges = new ArrayList<>();
        for (Statement statement : mergeSameCharges(statements)) {
            String defendant = statement.defendant() != null ? statement.defendant()
                    : mainDefendant.orElse(statement.previousSubject());
            if (defendant != null) {
                charges.add(new Charge(article.slice(statement.start(), statement.end()), defendant, statement.charge(),
                        statement.count(), statement.by(), penaltyOf.get(defendant), null, article.codePoint(statement.start()),
                        article.codePoint(statement.end())));
            }
        }
        return charges;
    }

    /**
     * A statement of charges. {@code defendant} is null when the sentence does not say who faces them;
     * then the article's main defendant stands in, failing that {@code previousSubject}.
     */
    private record Statement(int sentence, int start, int end, String defendant, String previousSubject, String charge,
                             Integer count, String by) {
    }

    /** Each defendant's penalty: the first stated for them, else the first stated for no defendant goes to the main one. */
    private static Map<String, String> penaltiesOfDefendants(List<String[]> penalties, List<Statement> statements,
                                                             Optional<String> mainDefendant) {
        Set<String> defendants = new java.util.HashSet<>();
        statements.forEach(statement -> defendants.add(statement.defendant()));
        Map<String, String> penaltyOf = new HashMap<>();
        for (String[] penalty : penalties) {
            String person = defendants.contains(penalty[0]) ? penalty[0] : mainDefendant.orElse(null);
            if (person != null) {
                penaltyOf.putIfAbsent(person, penalty[1]);
            }
        }
        return penaltyOf;
    }

    private static Optional<String> mostFrequentDefendant(List<Statement> statements) {
        Map<String, Integer> counts = new HashMap<>();
        statements.stream().map(Statement::defendant).filter(java.util.Objects::nonNull)
                .forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * "drops charges against Assange, who is facing 18 criminal charges" states one set of charges twice
     * in one sentence: same defendant, same charge, and at most one count. They become one statement.
     */
    private static List<Statement> mergeSameCharges(List<Statement> statements) {
        List<Statement> merged = new ArrayList<>();
        for (Statement statement : statements) {
            Statement last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean same = last != null && last.sentence() == statement.sentence()
                    && java.util.Objects.equals(last.defendant(), statement.defendant())
                    && last.charge().equals(statement.charge())
                    && (last.count() == null || statement.count() == null);
            if (same) {
                merged.set(merged.size() - 1, new Statement(last.sentence(), last.start(), statement.end(), last.defendant(),
                        last.previousSubject(), last.charge(), last.count() != null ? last.count() : statement.count(),
                        last.by() != null ? last.by() : statement.by()));
            } else {
                merged.add(statement);
            }
        }
        return merged;
    }

    private List<Match> matches(ParsedText text, int sentence) {
        List<Match> matches = new ArrayList<>();
        CoreMap sentenceMap = text.sentences().get(sentence).coreMap();
        // TokensRegex reports token offsets in the document; the statement works within its sentence.
        int firstToken = sentenceMap.get(CoreAnnotations.TokenBeginAnnotation.class);
        for (MatchedExpression expression : rules.extractExpressions(sentenceMap)) {
            Object kind = expression.getValue() == null ? null : expression.getValue().get();
            if (kind != null) {
                matches.add(new Match(kind.toString(), expression.getTokenOffsets().first() - firstToken,
                        expression.getTokenOffsets().second() - firstToken));
            }
        }
        matches.sort(java.util.Comparator.comparingInt(Match::from));
        return matches;
    }

    /** "charged with" + "18 criminal charges" is one statement; a listed crime ("including X") is its own. */
    private static List<Match> mergeAdjacent(List<Match> matches) {
        List<Match> merged = new ArrayList<>();
        for (Match match : matches) {
            if (match.kind().equals("PENALTY")) {
                continue;
            }
            Match last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean joins = last != null && !match.kind().equals("INCLUDING") && !last.kind().equals("INCLUDING")
                    && match.from() <= last.to() + 1;
            if (joins) {
                merged.set(merged.size() - 1, new Match(last.kind() + "+" + match.kind(), last.from(), Math.max(last.to(), match.to())));
            } else {
                merged.add(match);
            }
        }
        return merged;
    }

    private Optional<Statement> statement(ParsedText text, Referents referents, int sentence, Match match) {
        List<CoreLabel> tokens = text.tokens(sentence);
        SemanticGraph graph = text.graph(sentence);
        IndexedWord anchor = text.node(sentence, tokens.get(match.to() - 1));
        if (anchor == null) {
            return Optional.empty();
        }
        boolean criminal = criminal(tokens, match);
        Defendant found = defendant(graph, referents, sentence, anchor, criminal ? MAX_CLIMB : BARE_CHARGE_CLIMB);
        String defendant = found.id();
        if (found.noOne() || defendant == null && !criminal) {
            return Optional.empty();
        }
        String previousSubject = referents.subjectBefore(sentence).map(PersonEntity::id).orElse(null);
        int start = tokens.get(match.from()).beginPosition();
        int end = tokens.get(match.to() - 1).endPosition();
        String charge = namedCrime(tokens, match).orElse(null);
        Optional<IndexedWord[]> act = match.kind().contains("ACCUSATION") ? accusedAct(text, sentence, match.to()) : Optional.empty();
        if (charge == null && act.isPresent()) {
            charge = textBetween(tokens, act.get()[0], act.get()[1]);
            end = Math.max(end, act.get()[1].endPosition());
        }
        return Optional.of(new Statement(sentence, start, end, defendant, previousSubject,
                charge == null ? UNNAMED_CHARGE : charge, count(tokens, match), agent(graph, anchor, tokens).orElse(null)));
    }

    /**
     * Who faces the charges: "charges against X", a possessive, else the subject of the clause ("X
     * faces", "X, who is charged"), climbing from the charge noun to its clause. A clause whose subject
     * is a thing ("the division was charged with") has no defendant at all; one whose subject refers to
     * someone unnamed ("who", "he", "the journalist") leaves the defendant to the article's context.
     */
    private static Defendant defendant(SemanticGraph graph, Referents referents, int sentence, IndexedWord anchor, int maxClimb) {
        IndexedWord node = anchor;
        for (int climb = 0; climb < maxClimb && node != null; climb++) {
            for (String relation : DEFENDANT_RELATIONS) {
                Optional<IndexedWord> word = ParsedText.childExactly(graph, node, relation);
                if (word.isEmpty()) {
                    continue;
                }
                boolean subject = relation.equals("nsubj") || relation.equals("nsubj:pass");
                Optional<Referent> person = subject ? personNamed(referents, sentence, word.get())
                        : personOrPossessor(graph, referents, sentence, word.get());
                if (person.isPresent()) {
                    return new Defendant(person.get().id(), false);
                }
                if (subject) {
                    return new Defendant(null, !refersToSomeone(word.get()));
                }
            }
            node = graph.getParent(node);
        }
        return Defendant.UNKNOWN;
    }

    /** The person a statement names ({@code id}), or nobody named; {@code noOne} when its subject is a thing. */
    private record Defendant(String id, boolean noOne) {
        static final Defendant UNKNOWN = new Defendant(null, false);
    }

    private static boolean refersToSomeone(IndexedWord word) {
        return word.tag().matches("PRP|WP") || "TITLE".equals(word.ner()) || word.tag().startsWith("NNP")
                || word.word().matches("(?i).*-year-old");
    }

    /**
     * Whether the words themselves say the charges are criminal: a named crime, "criminal", "counts", an
     * accusation. A bare "charges" ("one-off charges", "a charge the administration denies") is a charge
     * only where its own clause names who faces it.
     */
    private static boolean criminal(List<CoreLabel> tokens, Match match) {
        if (!match.kind().equals("CHARGES")) {
            return true;
        }
        for (int i = match.from(); i < match.to(); i++) {
            CoreLabel token = tokens.get(i);
            if ("CRIMINAL_CHARGE".equals(token.ner()) || CRIMINAL_WORDS.matcher(token.word()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Referent> personNamed(Referents referents, int sentence, IndexedWord word) {
        return referents.resolve(sentence, word, Optional.empty()).filter(Referent::person);
    }

    /**
     * The person a word names, or whose thing it names where that thing is the one to face charges:
     * "Assange's extradition ... to face charges". (Not for a clause's own subject: "Shearer's shot was
     * charged down" charges nobody.)
     */
    private static Optional<Referent> personOrPossessor(SemanticGraph graph, Referents referents, int sentence, IndexedWord word) {
        return personNamed(referents, sentence, word)
                .or(() -> ParsedText.childExactly(graph, word, "nmod:poss").flatMap(owner -> personNamed(referents, sentence, owner)));
    }

    /**
     * The crimes named in the statement by CoreNLP's CRIMINAL_CHARGE tag, under the names clipfacts
     * reports: "blackmail and robbery charges" gives "blackmail and robbery".
     */
    private static Optional<String> namedCrime(List<CoreLabel> tokens, Match match) {
        List<String> crimes = new ArrayList<>();
        StringBuilder crime = new StringBuilder();
        for (int i = match.from(); i <= match.to(); i++) {
            boolean tagged = i < match.to() && "CRIMINAL_CHARGE".equals(tokens.get(i).ner());
            if (tagged) {
                crime.append(crime.length() == 0 ? "" : " ").append(tokens.get(i).word().toLowerCase(Locale.ROOT));
            } else if (crime.length() > 0) {
                crimes.add(CHARGE_NAMES.getOrDefault(crime.toString(), crime.toString()));
                crime.setLength(0);
            }
        }
        List<String> distinct = crimes.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(distinct.size() == 1 ? distinct.get(0)
                : String.join(", ", distinct.subList(0, distinct.size() - 1)) + " and " + distinct.get(distinct.size() - 1));
    }

    /**
     * What someone is accused of doing: the gerund after the statement with its object ("leaking
     * classified information"), also where the parser made the gerund a modifier of that object.
     */
    private static Optional<IndexedWord[]> accusedAct(ParsedText text, int sentence, int after) {
        List<CoreLabel> tokens = text.tokens(sentence);
        SemanticGraph graph = text.graph(sentence);
        for (int i = Math.max(0, after - 1); i < Math.min(tokens.size(), after + 3); i++) {
            if (!tokens.get(i).tag().equals("VBG")) {
                continue;
            }
            IndexedWord act = text.node(sentence, tokens.get(i));
            IndexedWord modified = graph.getParent(act);
            boolean modifier = modified != null && ParsedText.relationToHead(graph, act).equals("amod") && modified.index() > act.index();
            IndexedWord object = modifier ? modified : ParsedText.child(graph, act, "obj").orElse(act);
            return Optional.of(new IndexedWord[] {act, lastOfPhrase(graph, object)});
        }
        return Optional.empty();
    }

    private static IndexedWord lastOfPhrase(SemanticGraph graph, IndexedWord head) {
        IndexedWord last = head;
        for (var edge : graph.outgoingEdgeIterable(head)) {
            String relation = edge.getRelation().toString();
            if (!PHRASE_EDGES_EXCLUDED.contains(relation) && !relation.startsWith("nmod:") && !relation.startsWith("obl:")) {
                IndexedWord candidate = lastOfPhrase(graph, edge.getDependent());
                if (candidate.index() > last.index()) {
                    last = candidate;
                }
            }
        }
        return last;
    }

    private static String textBetween(List<CoreLabel> tokens, IndexedWord first, IndexedWord last) {
        StringBuilder phrase = new StringBuilder();
        for (int i = first.index() - 1; i < last.index(); i++) {
            phrase.append(i == first.index() - 1 ? "" : tokens.get(i).before()).append(tokens.get(i).originalText());
        }
        return phrase.toString();
    }

    /** The number of charges: "18 counts", "eighteen charges", "a score of crimes". */
    private static Integer count(List<CoreLabel> tokens, Match match) {
        for (int i = match.from(); i < match.to(); i++) {
            CoreLabel token = tokens.get(i);
            String word = token.word().toLowerCase(Locale.ROOT);
            if (COUNT_WORDS.containsKey(word) && i > match.from()) {
                return COUNT_WORDS.get(word);
            }
            if (token.tag().equals("CD")) {
                try {
                    Number number = NumberNormalizer.wordToNumber(word);
                    return number == null ? null : number.intValue();
                } catch (NumberFormatException notANumber) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The prosecuting party: the agent of the clause ("wanted by U.S. authorities", "accused by the United States"). */
    private static Optional<String> agent(SemanticGraph graph, IndexedWord anchor, List<CoreLabel> tokens) {
        IndexedWord node = anchor;
        for (int climb = 0; climb < MAX_CLIMB && node != null; climb++) {
            for (String relation : AGENT_RELATIONS) {
                Optional<IndexedWord> agent = ParsedText.child(graph, node, relation);
                if (agent.isPresent()) {
                    IndexedWord head = agent.get();
                    IndexedWord first = head;
                    for (IndexedWord child : graph.getChildren(head)) {
                        String relationToHead = ParsedText.relationToHead(graph, child);
                        if (child.index() < first.index() && !relationToHead.equals("case") && !relationToHead.equals("det")) {
                            first = child;
                        }
                    }
                    return Optional.of(textBetween(tokens, first, head));
                }
            }
            node = graph.getParent(node);
        }
        return Optional.empty();
    }

    /**
     * A penalty and the person facing it, as {id, "175 years in prison"}; the id is null where the text
     * does not name a defendant ("he could face"): then the penalty goes to the article's main defendant.
     */
    private static String[] penalty(ParsedText text, Referents referents, int sentence, Match match) {
        List<CoreLabel> tokens = text.tokens(sentence);
        CoreLabel first = tokens.get(match.from());
        String amount = first.word().equalsIgnoreCase("life") ? "life" : first.word() + " years";
        IndexedWord anchor = text.node(sentence, first);
        String person = anchor == null ? null : defendant(text.graph(sentence), referents, sentence, anchor, MAX_CLIMB).id();
        return new String[] {person, amount + " in prison"};
    }

    private static Map<String, String> loadChargeNames() {
        Map<String, String> names = new HashMap<>();
        for (String line : WordList.load("charge-names.txt")) {
            String[] parts = line.split("=", 2);
            if (parts.length == 2) {
                names.put(parts[0].strip(), parts[1].strip());
            }
        }
        return Map.copyOf(names);
    }
}
