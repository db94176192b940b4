package org.clipfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the clause around a time expression speaks of the past or the future, read from the
 * part-of-speech tags of its verb group: the verb nearest the expression in its clause, with the
 * auxiliaries before it ("will begin withdrawing", "has been charged", "is expected to meet").
 */
enum Tense {
    /** PRESENT is the simple present of a verb group with no past, perfect or future in it ("they meet"). */
    PAST, PRESENT, FUTURE, UNKNOWN;

    /** How far from the expression a verb is looked for, in tokens, on each side. */
    private static final int REACH = 15;
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", "``", "''", "\"", "“", "”", "-LRB-", "-RRB-", "--");
    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "would");
    /** Before "to" and a verb they look forward: "is going to meet", "plans to vote", "is to resume". */
    private static final Set<String> FUTURE_CUES = Set.of("going", "is", "are", "set", "plan", "plans", "planned", "planning", "intend",
            "intends", "hope", "hopes", "aim", "aims", "likely");
    private static final int FUTURE_WORD_REACH = 4;
    /** Just before the expression they look forward: "is expected in December", "is scheduled for completion by Dec. 10". */
    private static final Set<String> FUTURE_WORDS = Set.of("expected", "scheduled", "due", "slated", "effective", "payable",
            "soon", "until");

    static Tense of(List<CoreLabel> tokens, int firstToken, int endToken) {
        int verb = nearestVerb(tokens, firstToken, endToken);
        int groupStart = verb;
        while (groupStart > 0 && isAuxiliaryPart(tokens.get(groupStart - 1))) {
            groupStart--;
        }
        for (int i = Math.max(0, firstToken - FUTURE_WORD_REACH); i < firstToken; i++) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            boolean asEarlyAs = word.equals("early") && i + 1 < firstToken && tokens.get(i + 1).word().equalsIgnoreCase("as");
            if (FUTURE_WORDS.contains(word) || asEarlyAs) {
                // A deadline or wait the past perfect puts behind: "had been due to expire Friday", "until
                // Thursday they had not called him a suspect".
                boolean behind = pastPerfectAt(tokens, Math.max(0, i - 3), i) || verb >= 0 && pastPerfectAt(tokens, groupStart, verb + 1);
                return behind ? PAST : FUTURE;
            }
        }
        if (verb < 0) {
            return UNKNOWN;
        }
        boolean past = false;
        boolean perfect = false;
        boolean present = false;
        for (int i = groupStart; i <= verb; i++) {
            CoreLabel token = tokens.get(i);
            String word = token.word().toLowerCase(Locale.ROOT);
            if (token.tag().equals("MD")) {
                return FUTURE_MODALS.contains(word) ? FUTURE : UNKNOWN;
            }
            if (FUTURE_CUES.contains(word) && i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("TO")) {
                return FUTURE;
            }
            past |= token.tag().equals("VBD");
            perfect |= word.equals("has") || word.equals("have") || word.equals("had");
            present |= token.tag().equals("VBZ") || token.tag().equals("VBP");
        }
        // A base form heading its group without "to" or a modal is a present the tagger took for an
        // infinitive ("he and Arafat meet Monday") or an imperative: both look ahead as the present does.
        boolean groupHasTo = tokens.subList(groupStart, verb + 1).stream().anyMatch(token -> token.tag().equals("TO"));
        present |= tokens.get(verb).tag().equals("VB") && !groupHasTo;
        // "Charged in June" is a past; "to be completed by Dec. 15", an infinitive, has no tense of its own.
        boolean reducedPassive = tokens.get(verb).tag().equals("VBN") && !present && !groupHasTo;
        return past || perfect || reducedPassive ? PAST : present && !tokens.get(verb).tag().equals("VBG") ? PRESENT : UNKNOWN;
    }

    /** Whether a past perfect ("had been", "had not called") starts in tokens [from, to). */
    private static boolean pastPerfectAt(List<CoreLabel> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).word().equalsIgnoreCase("had")) {
                int next = i + 1;
                while (next < tokens.size() && tokens.get(next).tag().equals("RB")) {
                    next++;
                }
                if (next < tokens.size() && tokens.get(next).tag().equals("VBN")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int nearestVerb(List<CoreLabel> tokens, int firstToken, int endToken) {
        for (int distance = 1; distance <= REACH; distance++) {
            int left = firstToken - distance;
            int right = endToken - 1 + distance;
            boolean leftOpen = left >= 0 && !clauseEndBetween(tokens, left, firstToken);
            boolean rightOpen = right < tokens.size() && !clauseEndBetween(tokens, endToken, right + 1);
            if (leftOpen && isVerb(tokens.get(left))) {
                return left;
            }
            if (rightOpen && isVerb(tokens.get(right))) {
                return right;
            }
            if (!leftOpen && !rightOpen) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean clauseEndBetween(List<CoreLabel> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_ENDS.contains(tokens.get(i).word()) || CLAUSE_ENDS.contains(tokens.get(i).tag())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerb(CoreLabel token) {
        return token.tag().startsWith("VB") || token.tag().equals("MD");
    }

    private static boolean isAuxiliaryPart(CoreLabel token) {
        String tag = token.tag();
        return tag.startsWith("VB") || tag.equals("MD") || tag.equals("RB") || tag.equals("TO");
    }
}
