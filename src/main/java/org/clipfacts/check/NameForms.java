package org.clipfacts.check;

import org.clipfacts.extract.Names;

import java.util.Arrays;
import java.util.List;

/** Comparing names as slugs: whether two are the same name, one shorter form of the other, or one typo apart. */
final class NameForms {
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
        return longer.containsAll(shorter) || Names.typoApart(letters(a), letters(b));
    }
}
