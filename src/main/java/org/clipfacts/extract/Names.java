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
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "mx",
            "lord", "lady", "baroness");

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
     * "Leonard Burman" are one id across articles ("J. J. Price", all initials, keeps them).
     */
    static String personId(String name) {
        String[] words = slug(name).split("-");
        if (words.length < 3 || words[0].length() < 2) {
            return String.join("-", words);
        }
        StringBuilder id = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > 1 || i == words.length - 1) {
                id.append('-').append(words[i]);
            }
        }
        return id.toString();
    }

    /** The folded words of a name, honorifics and punctuation left out. */
    static List<String> words(String name) {
        return Arrays.stream(slug(name).split("-"))
                .filter(word -> !word.isEmpty() && !HONORIFICS.contains(word))
                .toList();
    }

    static boolean isHonorific(String token) {
        return HONORIFICS.contains(fold(token).replace(".", ""));
    }
}
