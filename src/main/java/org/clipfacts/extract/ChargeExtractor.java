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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final int MAX_CLIMB = 5;
    /** A bare "charges" names its defendant in its own clause: "charges against X", "X faces charges". */
    private static final int BARE_CHARGE_CLIMB = 2;
    private static final Pattern CRIMINAL_WORDS =
            Pattern.compile("(?i)criminal|felony|misdemeanou?r|counts?|indictments?");
    private static final Map<String, Integer> COUNT_WORDS = Map.of("score", 20, "dozen", 12);
    private static final Pattern CHARGE_NOUN = Pattern.compile("(?i)charges?|counts?|indictments?");
    private static final Pattern COUNTED_NOUN =
            Pattern.compile("(?i)charges?|counts?|indictments?|crimes?|offen[cs]es?|felony|felonies");
    /** "a 42-count indictment" */
    private static final Pattern COUNTED = Pattern.compile("(?i)([0-9]+)-counts?");
    private static final Pattern SAME = Pattern.compile("(?i)^same\\b");
    /** Words that refer to several people named before: "both men", "the pair", "they". */
    private static final Pattern PLURAL_REFERENCES = Pattern.compile("(?i)they|them|men|women|pair|duo|trio|both|couple");
    private static final Set<String> HYPOTHETICAL = Set.of("if", "unless", "whether", "could", "may", "might", "would", "should", "will", "can");
    /** The words that can stand between a count and its charge noun: "18 new federal fraud and bribery charges". */
    private static final Pattern CHARGE_MODIFIER = Pattern.compile("CD|JJ.*|NN|NNS|VBG|CC|,|HYPH");
    private static final Pattern AUXILIARY = Pattern.compile("(?i)been|was|were|is|are|be|being");
    private static final Set<String> CIRCUMSTANCES = WordList.load("charge-circumstances.txt");
    /** The pronouns that can stand for a defendant named elsewhere: not "I", "you", "it". */
    private static final Pattern PERSON_PRONOUN = Pattern.compile("(?i)he|she|him|her|who|whom");
    private static final Set<String> NOT_A_CHARGE_BEFORE = WordList.load("no-charge-words.txt");
    private static final Set<String> OFFENCE_AFTER_CHARGES = Set.of("of", "for", "over");
    private static final Set<String> QUALIFIERS = WordList.load("charge-qualifiers.txt");

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

    private record Match(String kind, String status, int from, int to) {
        boolean accusation() {
            return kind.contains("ACCUSATION") || kind.contains("DENIAL");
        }
    }

    public List<Charge> extract(AnnotatedArticle annotated, People people) {
        Article article = annotated.article();
        ParsedText text = new ParsedText(annotated);
        Referents referents = new Referents(text, people);
        List<String[]> penalties = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        Context context = new Context();
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
            String status = null;
            for (Match match : mergeAdjacent(matches)) {
                // "18 counts, including espionage": the listed crime stands where the charges stand.
                status = match.status() != null ? match.status() : status;
                Optional<Statement> statement = statement(text, referents, s, match, status, context);
                statement.ifPresent(statements::add);
                statement.ifPresent(context::remember);
            }
        }
        Optional<String> mainDefendant = mostFrequentDefendant(statements);
        Map<String, String> penaltyOf = penaltiesOfDefendants(penalties, statements, mainDefendant);
        List<Charge> charges = new ArrayList<>();
        Set<String> offenceNamed = new java.util.HashSet<>();
        Set<String> chargedElsewhere = new java.util.HashSet<>();
        statements.stream().filter(statement -> !statement.denial())
                .forEach(statement -> chargedElsewhere.addAll(defendantsOf(statement, mainDefendant)));
        for (Statement statement : mergeSameCharges(statements)) {
            for (String defendant : defendantsOf(statement, mainDefendant)) {
                if (statement.denial() && !chargedElsewhere.contains(defendant)) {
                    continue;
                }
                for (String offence : statement.offences()) {
                    // "denied the charges" after the offences were named restates them.
                    boolean restated = offence.equals(UNNAMED_CHARGE) && statement.count() == null && offenceNamed.contains(defendant);
                    if (!offence.equals(UNNAMED_CHARGE)) {
                        offenceNamed.add(defendant);
                    }
                    if (!restated) {
                        charges.add(new Charge(article.slice(statement.start(), statement.end()), defendant, offence,
                                statement.count(), statement.by(), penaltyOf.get(defendant), statement.status(),
                                article.codePoint(statement.start()), article.codePoint(statement.end())));
                    }
                }
            }
        }
        return charges;
    }

    /** Whom a statement charges: those it names, else the article's main defendant, else the subject before it. */
    private static List<String> defendantsOf(Statement statement, Optional<String> mainDefendant) {
        return !statement.defendants().isEmpty() ? statement.defendants()
                : mainDefendant.or(() -> Optional.ofNullable(statement.previousSubject())).stream().toList();
    }

    /**
     * A statement of charges: one or more defendants (none when the sentence refers to someone it does not
     * name: then the article's main defendant stands in, failing that {@code previousSubject}), each facing
     * each of the offences.
     */
    private record Statement(int sentence, int start, int end, List<String> defendants, String previousSubject,
                             List<String> offences, Integer count, String by, String status, boolean denial) {
    }

    /** What later statements refer back to: "both men" (the last several defendants), "the same offences". */
    private static final class Context {
        private List<String> lastDefendants = List.of();
        private List<String> lastOffences = List.of();

        void remember(Statement statement) {
            if (statement.defendants().size() > 1) {
                lastDefendants = statement.defendants();
            }
            if (!statement.offences().equals(List.of(UNNAMED_CHARGE))) {
                lastOffences = statement.offences();
            }
        }
    }

    /** Each defendant's penalty: the first stated for them, else the first stated for no defendant goes to the main one. */
    private static Map<String, String> penaltiesOfDefendants(List<String[]> penalties, List<Statement> statements,
                                                             Optional<String> mainDefendant) {
        Set<String> defendants = new java.util.HashSet<>();
        statements.forEach(statement -> defendants.addAll(statement.defendants()));
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
        statements.stream().flatMap(statement -> statement.defendants().stream())
                .forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * "drops charges against Assange, who is facing 18 criminal charges" states one set of charges twice
     * in one sentence: same defendants, same offences, and at most one count. They become one statement.
     */
    private static List<Statement> mergeSameCharges(List<Statement> statements) {
        List<Statement> merged = new ArrayList<>();
        for (Statement statement : statements) {
            Statement last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean same = last != null && last.sentence() == statement.sentence()
                    && last.defendants().equals(statement.defendants())
                    && last.offences().equals(statement.offences())
                    && (last.count() == null || statement.count() == null);
            if (same) {
                merged.set(merged.size() - 1, new Statement(last.sentence(), last.start(), statement.end(), last.defendants(),
                        last.previousSubject(), last.offences(), last.count() != null ? last.count() : statement.count(),
                        last.by() != null ? last.by() : statement.by(), last.status(), last.denial()));
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
            Object result = expression.getValue() == null ? null : expression.getValue().get();
            if (result != null) {
                String[] kindAndStatus = result.toString().split(" ", 2);
                matches.add(new Match(kindAndStatus[0], kindAndStatus.length > 1 ? kindAndStatus[1] : null,
                        expression.getTokenOffsets().first() - firstToken, expression.getTokenOffsets().second() - firstToken));
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
                merged.set(merged.size() - 1, new Match(last.kind() + "+" + match.kind(),
                        last.status() != null ? last.status() : match.status(), last.from(), Math.max(last.to(), match.to())));
            } else {
                merged.add(match);
            }
        }
        return merged;
    }

    private Optional<Statement> statement(ParsedText text, Referents referents, int sentence, Match match, String status,
                                          Context context) {
        List<CoreLabel> tokens = text.tokens(sentence);
        if (match.accusation() && hypothetical(tokens, match.from()) || notACharge(tokens, match)) {
            return Optional.empty();
        }
        IndexedWord anchor = text.node(sentence, tokens.get(anchorToken(tokens, match)));
        if (anchor == null) {
            return Optional.empty();
        }
        SemanticGraph graph = text.graph(sentence);
        List<Offence> offences = new ArrayList<>(offencesInMatch(tokens, match, graph));
        int after = offencesStart(tokens, match);
        if (after >= 0) {
            offences.addAll(offencesAfter(tokens, after));
        }
        boolean criminal = criminal(tokens, match) || offences.stream().anyMatch(Offence::tagged);
        Defendants found = defendants(graph, referents, sentence, anchor, criminal ? MAX_CLIMB : BARE_CHARGE_CLIMB,
                context.lastDefendants);
        if (found.noOne() || found.ids().isEmpty() && !(criminal && found.unnamed())) {
            return Optional.empty();
        }
        String previousSubject = referents.subjectBefore(sentence).map(PersonEntity::id).orElse(null);
        int start = tokens.get(match.from()).beginPosition();
        int end = tokens.get(match.to() - 1).endPosition();
        for (Offence offence : offences) {
            end = Math.max(end, offence.end());
        }
        List<String> names = offences.stream().map(Offence::name).distinct().toList();
        if (names.size() == 1 && SAME.matcher(names.get(0)).find()) {
            names = context.lastOffences.isEmpty() ? List.of(UNNAMED_CHARGE) : context.lastOffences;
        }
        return Optional.of(new Statement(sentence, start, end, found.ids(), previousSubject,
                names.isEmpty() ? List.of(UNNAMED_CHARGE) : names, count(tokens, match),
                agent(graph, anchor, tokens).orElse(null), status, match.kind().equals("DENIAL")));
    }

    /** An offence as the article names it, and the char offset where its words end. */
    private record Offence(String name, int end, boolean tagged) {
    }

    /**
     * The word the statement hangs from: its charge noun ("pleaded guilty to criminal charges"), else the
     * verb that charges ("pleaded guilty to", not the offence the preposition leads to), else its last word.
     */
    private static int anchorToken(List<CoreLabel> tokens, Match match) {
        for (int i = match.to() - 1; i >= match.from(); i--) {
            if (CHARGE_NOUN.matcher(tokens.get(i).word()).matches() && tokens.get(i).tag().startsWith("NN")) {
                return i;
            }
        }
        if (match.accusation()) {
            for (int i = match.from(); i < match.to(); i++) {
                if (tokens.get(i).tag().startsWith("VB") && !AUXILIARY.matcher(tokens.get(i).word()).matches()) {
                    return i;
                }
            }
        }
        return match.to() - 1;
    }

    /** "if convicted", "could be charged", "will be sentenced": what may happen is no statement of a charge. */
    private static boolean hypothetical(List<CoreLabel> tokens, int from) {
        for (int i = Math.max(0, from - 3); i < from; i++) {
            if (HYPOTHETICAL.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "released without charge", "put in temporary charge of", "escaped an FA charge": charging nobody. */
    private static boolean notACharge(List<CoreLabel> tokens, Match match) {
        for (int i = match.from(); i < anchorToken(tokens, match); i++) {
            if (NOT_A_CHARGE_BEFORE.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        int before = match.from() - 1;
        while (before >= 0 && tokens.get(before).tag().matches("JJ.*|DT|RB")) {
            before--;
        }
        return before >= 0 && NOT_A_CHARGE_BEFORE.contains(tokens.get(before).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Offences named inside the statement: "blackmail and robbery charges" names two, "doping charges"
     * one, "18 new criminal charges" none.
     */
    private static List<Offence> offencesInMatch(List<CoreLabel> tokens, Match match, SemanticGraph graph) {
        if (!match.kind().contains("CHARGES")) {
            return List.of();
        }
        int noun = anchorToken(tokens, match);
        // "is facing charges": a verb taking the charges, not a modifier naming them.
        IndexedWord nounNode = graph.getNodeByIndexSafe(tokens.get(noun).index());
        IndexedWord governor = nounNode == null ? null : graph.getParent(nounNode);
        int first = noun;
        while (first > match.from() && CHARGE_MODIFIER.matcher(tokens.get(first - 1).tag()).matches()
                && (governor == null || governor.index() != tokens.get(first - 1).index())) {
            first--;
        }
        List<Offence> offences = new ArrayList<>();
        List<CoreLabel> words = new ArrayList<>();
        for (int i = first; i <= noun; i++) {
            CoreLabel token = tokens.get(i);
            String word = token.word().toLowerCase(Locale.ROOT);
            boolean named = i < noun && !QUALIFIERS.contains(word) && !token.tag().equals("CD") && !COUNTED.matcher(word).matches()
                    && !"ORGANIZATION".equals(token.ner())
                    && !word.matches("and|or|,") && (token.tag().startsWith("NN") || token.tag().equals("VBG")
                    || "CRIMINAL_CHARGE".equals(token.ner()));
            if (named) {
                words.add(token);
            } else if (!words.isEmpty()) {
                offences.add(offence(words));
                words.clear();
            }
        }
        return offences;
    }

    /** Where the offences named after the statement begin: after "charged with", "denies", "charges of". */
    private static int offencesStart(List<CoreLabel> tokens, Match match) {
        if (match.kind().equals("INCLUDING")) {
            return match.from() + 1;
        }
        if (match.accusation() && !match.kind().endsWith("CHARGES")) {
            return match.to();
        }
        boolean of = match.to() < tokens.size() && OFFENCE_AFTER_CHARGES.contains(tokens.get(match.to()).word().toLowerCase(Locale.ROOT));
        if (of) {
            return match.to() + 1;
        }
        // "charges that they infringed copyright": the act the clause states.
        boolean that = match.to() + 2 < tokens.size() && tokens.get(match.to()).word().equalsIgnoreCase("that")
                && tokens.get(match.to() + 1).tag().matches("PRP|NNP") && tokens.get(match.to() + 2).tag().equals("VBD");
        return that ? match.to() + 2 : -1;
    }

    /**
     * The offences listed from token {@code from}, each trimmed to its head phrase: "racketeering, securities
     * fraud, obstruction of justice and witness tampering" are four; "avoiding a drug test on the eve of the
     * Olympics and then faking a crash" two acts, without their circumstances. The list ends where a clause
     * or a circumstance begins ("fraud and will be sentenced", "murder, in 1999"). Acts are split only at
     * another act: "leaking information and confidential documents" is one.
     */
    private static List<Offence> offencesAfter(List<CoreLabel> tokens, int from) {
        List<Offence> offences = new ArrayList<>();
        List<CoreLabel> words = new ArrayList<>();
        Boolean acts = null;
        boolean circumstance = false;
        int brackets = 0;
        for (int i = from; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            String word = token.word().toLowerCase(Locale.ROOT);
            String tag = token.tag();
            if (tag.equals("-LRB-") || tag.equals("-RRB-")) {
                brackets = Math.max(0, brackets + (tag.equals("-LRB-") ? 1 : -1));
                continue;
            }
            if (brackets > 0 || tag.equals("``") || tag.equals("''")) {
                continue;
            }
            if (word.matches(",|and|or")) {
                int next = i + 1;
                while (next < tokens.size() && (tokens.get(next).word().matches("(?i),|and|or") || tokens.get(next).tag().startsWith("RB"))) {
                    next++;
                }
                boolean another = next < tokens.size() && (Boolean.TRUE.equals(acts) ? tokens.get(next).tag().equals("VBG")
                        : circumstance ? "CRIMINAL_CHARGE".equals(tokens.get(next).ner()) : startsOffence(tokens.get(next)));
                if (another && !words.isEmpty()) {
                    offences.add(offence(words));
                    words.clear();
                    circumstance = false;
                    i = next - 1;
                    continue;
                }
                if (circumstance) {
                    continue;
                }
                if (Boolean.TRUE.equals(acts) && !word.equals(",") && !words.isEmpty()) {
                    words.add(token);
                    continue;
                }
                break;
            }
            boolean leadingVerb = i == from && tag.matches("VBD|VBN");
            if (!leadingVerb && endsClause(tokens, i)) {
                // "convicted of extortion, and Verdi was acquitted": a new clause's subject is no offence.
                if (!offences.isEmpty() && tag.matches("VB.*|MD")) {
                    words.clear();
                }
                break;
            }
            if (circumstance || !words.isEmpty() && circumstanceBegins(tokens, i)) {
                // "avoiding a drug test on the eve of the Olympics and then faking a crash": the list may go on.
                circumstance = true;
                continue;
            }
            if (words.isEmpty() && (tag.equals("DT") || tag.equals("PRP$") || tag.startsWith("RB") || tag.equals("POS"))) {
                continue;
            }
            if (words.isEmpty() && !leadingVerb && !startsOffence(token)) {
                break;
            }
            if (acts == null) {
                acts = tag.equals("VBG");
            }
            words.add(token);
        }
        if (!words.isEmpty()) {
            offences.add(offence(words));
        }
        return offences.stream().filter(offence -> !offence.name().isEmpty()).toList();
    }

    private static boolean startsOffence(CoreLabel token) {
        return token.tag().startsWith("NN") || token.tag().startsWith("JJ") || token.tag().equals("VBG")
                || "CRIMINAL_CHARGE".equals(token.ner());
    }

    /** A word that ends the list of offences: a new clause or sentence, a dash, a preposition before any offence. */
    private static boolean endsClause(List<CoreLabel> tokens, int i) {
        CoreLabel token = tokens.get(i);
        String word = token.word().toLowerCase(Locale.ROOT);
        if (word.matches("-+|–|—")) {
            return !token.before().isEmpty();
        }
        return token.tag().matches("WDT|WP|WRB|MD|VBD|VBZ|VBP|CC|:|\\.") || CIRCUMSTANCES.contains(word);
    }

    /** A word that begins an offence's circumstances, past its head phrase: a preposition other than "of". */
    private static boolean circumstanceBegins(List<CoreLabel> tokens, int i) {
        CoreLabel token = tokens.get(i);
        if (token.tag().equals("TO")) {
            return i + 1 >= tokens.size() || !tokens.get(i + 1).tag().equals("VB");
        }
        return token.tag().equals("IN") && !token.word().equalsIgnoreCase("of");
    }

    /** An offence from its words, without a closing charge noun ("spying charge"), under the name clipfacts reports. */
    private static Offence offence(List<CoreLabel> words) {
        int last = words.size();
        while (last > 0 && (CHARGE_NOUN.matcher(words.get(last - 1).word()).matches() || words.get(last - 1).tag().equals("CC")
                || QUALIFIERS.contains(words.get(last - 1).word().toLowerCase(Locale.ROOT)))) {
            last--;
        }
        int first = 0;
        while (first < last && QUALIFIERS.contains(words.get(first).word().toLowerCase(Locale.ROOT))) {
            first++;
        }
        if (first >= last) {
            return new Offence("", 0, false);
        }
        StringBuilder name = new StringBuilder();
        for (int i = first; i < last; i++) {
            CoreLabel word = words.get(i);
            boolean adjacent = i > first && words.get(i - 1).index() == word.index() - 1;
            name.append(i == first ? "" : adjacent ? word.before() : " ").append(word.originalText());
        }
        String written = name.toString();
        boolean tagged = words.subList(first, last).stream().anyMatch(word -> "CRIMINAL_CHARGE".equals(word.ner()));
        return new Offence(CHARGE_NAMES.getOrDefault(written.toLowerCase(Locale.ROOT), written), words.get(last - 1).endPosition(), tagged);
    }

    /**
     * Who faces the charges: "charges against X", a possessive, else the subject of the clause ("X
     * faces", "X, who is charged", "X and Y were charged"), climbing from the charge noun to its clause; the
     * person a participle describes ("X, previously accused of"). A clause whose subject is a thing ("the
     * division was charged with") or someone unnamed ("a former executive") has no defendant at all; one
     * whose subject refers to someone not named here ("who", "he", "the journalist") leaves the defendant to
     * the article's context, and "both men" or "they" are the several defendants named last. A possessive
     * pronoun ("his trial for fraud") yields to the clause's subject.
     */
    private static Defendants defendants(SemanticGraph graph, Referents referents, int sentence, IndexedWord anchor, int maxClimb,
                                         List<String> lastDefendants) {
        IndexedWord node = anchor;
        for (int climb = 0; climb < maxClimb && node != null; climb++) {
            for (String relation : DEFENDANT_RELATIONS) {
                Optional<IndexedWord> word = ParsedText.childExactly(graph, node, relation);
                if (word.isEmpty() || relation.equals("nmod:poss") && word.get().tag().equals("PRP$")) {
                    continue;
                }
                boolean subject = relation.equals("nsubj") || relation.equals("nsubj:pass");
                List<String> named = namedWithConjuncts(graph, referents, sentence, word.get(), subject);
                if (!named.isEmpty()) {
                    return new Defendants(named, false, false);
                }
                if (PLURAL_REFERENCES.matcher(word.get().word()).matches()) {
                    return new Defendants(lastDefendants, lastDefendants.isEmpty(), false);
                }
                boolean group = referents.resolve(sentence, word.get(), Optional.empty()).filter(referent -> !referent.person()).isPresent();
                if (subject || group) {
                    boolean someone = !group && refersToSomeone(graph, word.get());
                    return new Defendants(List.of(), !someone, someone);
                }
            }
            IndexedWord head = graph.getParent(node);
            if (head != null && ParsedText.relationToHead(graph, node).equals("acl")) {
                List<String> described = namedWithConjuncts(graph, referents, sentence, head, true);
                if (!described.isEmpty() || indefinite(graph, head)) {
                    // "sue people suspected of sharing music": nobody named.
                    return new Defendants(described, described.isEmpty(), false);
                }
            }
            node = head;
        }
        return Defendants.UNKNOWN;
    }

    /**
     * The people a statement names ({@code ids}), or nobody named: {@code noOne} when its subject is a thing
     * or an unnamed person, {@code unnamed} when it refers to someone the sentence does not name.
     */
    private record Defendants(List<String> ids, boolean noOne, boolean unnamed) {
        static final Defendants UNKNOWN = new Defendants(List.of(), false, false);
    }

    /**
     * The people a word and the words conjoined with it name: "Kenteris and Thanou"; also a list of names
     * the parser took for appositions ("Begg, Mubanga, Abbasi and Belmar").
     */
    private static List<String> namedWithConjuncts(SemanticGraph graph, Referents referents, int sentence, IndexedWord word,
                                                   boolean subject) {
        List<IndexedWord> words = new ArrayList<>(List.of(word));
        for (int i = 0; i < words.size(); i++) {
            for (var edge : graph.outgoingEdgeIterable(words.get(i))) {
                String relation = edge.getRelation().toString();
                if ((relation.startsWith("conj") || relation.equals("appos")) && !words.contains(edge.getDependent())) {
                    words.add(edge.getDependent());
                }
            }
        }
        return words.stream()
                .map(each -> subject ? personNamed(referents, sentence, each) : personOrPossessor(graph, referents, sentence, each))
                .flatMap(Optional::stream).map(Referent::id).distinct().toList();
    }

    /** "a former executive", "several employees", "people": nobody in particular. */
    private static boolean indefinite(SemanticGraph graph, IndexedWord word) {
        return word.tag().equals("NNS") || graph.getChildren(word).stream()
                .anyMatch(child -> child.word().matches("(?i)a|an|some|several|many|any|no|another"));
    }

    /** A pronoun, a role or a name refers to someone; "a former executive" or "several employees" to nobody in particular. */
    private static boolean refersToSomeone(SemanticGraph graph, IndexedWord word) {
        return !indefinite(graph, word) && (PERSON_PRONOUN.matcher(word.word()).matches() || "TITLE".equals(word.ner()) || word.tag().startsWith("NNP")
                || word.word().matches("(?i).*-year-old"));
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

    private static String textBetween(List<CoreLabel> tokens, IndexedWord first, IndexedWord last) {
        StringBuilder phrase = new StringBuilder();
        for (int i = first.index() - 1; i < last.index(); i++) {
            phrase.append(i == first.index() - 1 ? "" : tokens.get(i).before()).append(tokens.get(i).originalText());
        }
        return phrase.toString();
    }

    /** The number of charges: "18 counts", "eighteen charges", "a score of crimes", "a 42-count indictment". */
    private static Integer count(List<CoreLabel> tokens, Match match) {
        for (int i = match.from(); i < match.to(); i++) {
            CoreLabel token = tokens.get(i);
            String word = token.word().toLowerCase(Locale.ROOT);
            Matcher counted = COUNTED.matcher(word);
            if (counted.matches()) {
                return Integer.valueOf(counted.group(1));
            }
            if (!countsCharges(tokens, i, match.to())) {
                continue;
            }
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

    /** Whether a number counts charges ("18 criminal charges"), not years ("jailed for 15 years for"). */
    private static boolean countsCharges(List<CoreLabel> tokens, int number, int end) {
        for (int i = number + 1; i < Math.min(end, number + 5); i++) {
            if (COUNTED_NOUN.matcher(tokens.get(i).word()).matches()) {
                return true;
            }
        }
        return false;
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
        String person = anchor == null ? null : defendants(text.graph(sentence), referents, sentence, anchor, MAX_CLIMB, List.of())
                .ids().stream().findFirst().orElse(null);
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
