package org.clipfacts.check;

import org.clipfacts.extract.Names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A quote's text reduced to what survives re-punctuation and translation: accents folded, lower case,
 * punctuation gone, spaces collapsed ({@link #normalized}); then its content words, lightly stemmed
 * ("opens" and "open" agree), hashed, and the pairs of neighbouring content words, which keep some of
 * the word order.
 */
final class QuoteText {
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Function words: the words translators and editors change most freely. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these",
            "those", "there", "here", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto",
            "about", "as", "up", "out", "also", "very", "just", "not", "no", "yes", "i", "me", "my", "we", "us", "our",
            "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "who", "whom",
            "whose", "which", "what", "when", "where", "why", "how", "is", "am", "are", "was", "were", "be", "been",
            "being", "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "all", "any", "some", "such", "each", "both", "own", "too", "im", "ive", "dont",
            "cant", "wont", "isnt", "s", "t");

    private static final int MIN_CONTENT_WORDS_TO_COMPARE = 3;

    private final String normalized;
    private final int wordCount;
    private final List<String> contentWords;
    private final long[] wordHashes;
    private final long[] words;
    private final long[] pairs;

    QuoteText(String text) {
        normalized = normalize(text);
        List<String> allWords = normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
        wordCount = allWords.size();
        List<String> content = new ArrayList<>();
        for (String word : allWords) {
            if (!FUNCTION_WORDS.contains(word)) {
                content.add(stem(word));
            }
        }
        contentWords = List.copyOf(content);
        wordHashes = contentWords.stream().mapToLong(QuoteText::hash).toArray();
        words = Hashing.sortedDistinct(wordHashes, wordHashes.length);
        long[] pairHashes = new long[Math.max(0, wordHashes.length - 1)];
        for (int i = 1; i < wordHashes.length; i++) {
            pairHashes[i - 1] = pairHash(wordHashes[i - 1], wordHashes[i]);
        }
        pairs = Hashing.sortedDistinct(pairHashes, pairHashes.length);
    }

    static String normalize(String text) {
        String folded = Names.fold(APOSTROPHES.matcher(text).replaceAll(""));
        return NOT_WORD.matcher(folded).replaceAll(" ").trim();
    }

    String normalized() {
        return normalized;
    }

    int wordCount() {
        return wordCount;
    }

    List<String> contentWords() {
        return contentWords;
    }

    /**
     * The hashed pairs of neighbouring content words {@code from} (inclusive) to {@code to}, sorted, distinct:
     * what a window of the quote is bucketed by. Pairs, not single words, since unrelated quotes share
     * common words all the time but seldom two in a row.
     */
    long[] pairsBetween(int from, int to) {
        long[] hashes = new long[Math.max(0, to - from - 1)];
        for (int i = from + 1; i < to; i++) {
            hashes[i - from - 1] = pairHash(wordHashes[i - 1], wordHashes[i]);
        }
        return Hashing.sortedDistinct(hashes, hashes.length);
    }

    /**
     * How much of one quote stands in the other, the larger of the two directions: the mean of the share of
     * its content words found in the other and the share of its pairs of neighbouring content words found
     * there. 1 for the same words and for a fragment of a longer quote; the pairs keep a few common words
     * scattered through a long quote from matching a short one.
     */
    static double similarity(QuoteText a, QuoteText b) {
        return Math.max(share(a, b), share(b, a));
    }

    private static double share(QuoteText part, QuoteText whole) {
        double words = (double) shared(part.words, whole.words) / part.words.length;
        double pairs = part.pairs.length == 0 ? 0 : (double) shared(part.pairs, whole.pairs) / part.pairs.length;
        return (words + pairs) / 2;
    }

    /**
     * Whether the quote is worth comparing with others beyond sameness: two content words ("sad day") recur
     * together by chance, three in a row rarely.
     */
    boolean comparable() {
        return contentWords.size() >= MIN_CONTENT_WORDS_TO_COMPARE;
    }

    private static int shared(long[] sortedA, long[] sortedB) {
        int shared = 0;
        for (int i = 0, j = 0; i < sortedA.length && j < sortedB.length; ) {
            int order = Long.compare(sortedA[i], sortedB[j]);
            if (order == 0) {
                shared++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    private static long pairHash(long first, long second) {
        return Hashing.mix(first * 0x9E3779B97F4A7C15L + second);
    }

    /** Plural and third-person "s" off: {@code doors} and {@code door}, {@code countries} and {@code country} agree. */
    private static String stem(String word) {
        if (word.length() <= 3) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static long hash(String word) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            hash = (hash ^ word.charAt(i)) * 0x100000001b3L;
        }
        return Hashing.mix(hash);
    }
}
