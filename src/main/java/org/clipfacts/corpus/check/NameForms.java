package org.clipfacts.corpus.check;

import org.clipfacts.extract.Names;

import java.util.Arrays;
import java.util.List;

/** Comparing names as slugs: whether two are the same name, one shorter form of the other, or one typo apart. */
final class NameForms {
    /** Below this many letters a one-letter difference is another name ("Li" and "Lu"), not a typo. */
    static final int MIN_LETTERS_FOR_TYPO = 6;

    private NameForms() {
    }

    static List<String> words(String name) {
        return Arrays.stream(Names.slug(name).split("-")).filter(word -> !word.isEmpty()).toList();
    }

    /** The letters and digits of a name, without accents, case or separators: {@code López-Obrador} is {@code lopezobrador}. */
    static String letters(String name) {
        return Names.slug(name).replace("-", "");
    }

    /** Whether the two name the same one: equal slugs, one a shorter form of the other ("Biden" in "Joe Biden"), or a typo apart. */
    static boolean sameName(String a, String b) {
        List<String> wordsA = words(a);
        List<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return false;
        }
        List<String> shorter = wordsA.size() <= wordsB.size() ? wordsA : wordsB;
        List<String> longer = shorter == wordsA ? wordsB : wordsA;
        return longer.containsAll(shorter) || typoApart(letters(a), letters(b));
    }

    /**
     * Whether two letter strings of a name differ by at most one edit (insertion, deletion, substitution
     * or swap of neighbours) and are long enough for that to be a typo.
     */
    static boolean typoApart(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < MIN_LETTERS_FOR_TYPO || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        String restA = a.substring(prefix);
        String restB = b.substring(prefix);
        if (restA.length() == restB.length()) {
            return restA.substring(1).equals(restB.substring(1))
                    || restA.length() >= 2 && restA.charAt(0) == restB.charAt(1) && restA.charAt(1) == restB.charAt(0)
                    && restA.substring(2).equals(restB.substring(2));
        }
        return restA.length() > restB.length() ? restA.substring(1).equals(restB) : restB.substring(1).equals(restA);
    }
}
