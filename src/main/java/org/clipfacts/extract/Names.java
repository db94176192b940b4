package org.clipfacts.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Folding and slugging of names, so that López, Lopez and LOPEZ compare equal. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> HONORIFICS = WordList.load("honorifics.txt");
    private static final Set<String> STYLES = WordList.load("styles.txt");
    private static final Set<String> KNIGHTHOODS = WordList.load("knighthoods.txt");

    /** Below this many letters a one-letter difference is another name ("Li" and "Lu"), not a typo. */
    public static final int MIN_LETTERS_FOR_TYPO = 6;

    private Names() {
    }

    /** Lower case without accents: {@code Andrés} becomes {@code andres}. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The id form of a name: {@code Andrés Manuel López Obrador} becomes {@code andres-manuel-lopez-obrador}. */
    public static String slug(String text) {
        String slug = NOT_ALPHANUMERIC.matcher(fold(text)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }

    /**
     * The id form of a person's name: its slug without middle initials, so that "Leonard E. Burman" and
     * "Leonard Burman" are one id across articles ("J. J. Price", all initials, keeps them; the O of
     * "Brian O'Driscoll" is no initial).
     */
    static String personId(String name) {
        String[] parts = name.trim().split("\\s+");
        if (parts.length < 3 || slug(parts[0]).length() < 2) {
            return slug(name);
        }
        StringBuilder kept = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (slug(parts[i]).length() > 1 || i == parts.length - 1) {
                kept.append(' ').append(parts[i]);
            }
        }
        return slug(kept.toString());
    }

    /**
     * The folded words of a name, punctuation and the honorifics and styles it opens with left out; never
     * its last word, a surname that may be one ("Mr King", "Charlie King").
     */
    public static List<String> words(String name) {
        List<String> words = Arrays.stream(slug(name).split("-")).filter(word -> !word.isEmpty()).toList();
        int first = 0;
        while (first < words.size() - 1 && (HONORIFICS.contains(words.get(first)) || STYLES.contains(words.get(first)))) {
            first++;
        }
        return words.subList(first, words.size());
    }

    /** A form of address before a name: "Mr", "Dr.", "Sir". */
    static boolean isHonorific(String token) {
        return HONORIFICS.contains(folded(token));
    }

    /** The style of a knight or dame ("Sir", "Dame"), which their full name keeps. */
    static boolean isKnighthood(String token) {
        return KNIGHTHOODS.contains(folded(token));
    }

    /**
     * The name as written without the knighthood style it opens with: "John Stevens" of "Sir John Stevens",
     * the same person however an article names them; other names unchanged.
     */
    public static String withoutKnighthood(String name) {
        String[] parts = name.strip().split("\\s+", 2);
        return parts.length == 2 && isKnighthood(parts[0]) && words(parts[1]).size() > 1 ? parts[1] : name;
    }

    /**
     * A title of nobility, royalty or religion before a name: "Lord", "Ayatollah"; also its misspelled
     * plural ("Princes Charles"), which the caller only asks about right before a name.
     */
    static boolean isStyle(String token) {
        return STYLES.contains(singular(token));
    }

    /** The title as it should read: a misspelled plural of a style ("Princes") without its "s". */
    static String titleForm(String token) {
        return !STYLES.contains(folded(token)) && STYLES.contains(singular(token)) ? token.substring(0, token.length() - 1) : token;
    }

    private static String singular(String token) {
        String word = folded(token);
        return word.endsWith("s") && !STYLES.contains(word) ? word.substring(0, word.length() - 1) : word;
    }

    private static String folded(String token) {
        return fold(token).replace(".", "");
    }

    /**
     * Whether two letter strings of a name differ by at most one edit (insertion, deletion, substitution
     * or swap of neighbours) and are long enough for that to be a typo.
     */
    public static boolean typoApart(String a, String b) {
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
