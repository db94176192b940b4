package org.clipfacts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The grammatical gender a person's name implies, for telling whom "he" or "she" can mean: an honorific
 * (Mr, Lord, Mrs, Baroness) or a first name in CoreNLP's name-gender list (shipped in its models jar);
 * {@link #UNKNOWN} when neither tells ("Pat", a surname alone), which agrees with either pronoun.
 */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    private static final String FIRST_NAMES = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final String COMMON_MALE_NAMES = "/edu/stanford/nlp/models/gender/male_first_names.txt";
    private static final String COMMON_FEMALE_NAMES = "/edu/stanford/nlp/models/gender/female_first_names.txt";
    private static final Set<String> MALE_HONORIFICS = Set.of("mr", "sir", "lord", "baron", "king", "prince", "father");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "ms", "miss", "lady", "dame", "baroness", "queen",
            "princess", "madam", "sister");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");

    private static final class FirstNames {
        static final Map<String, Gender> GENDERS = load();
    }

    /** The gender of a pronoun, {@link #UNKNOWN} for any other word. */
    static Gender ofPronoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return MALE_PRONOUNS.contains(lower) ? MALE : FEMALE_PRONOUNS.contains(lower) ? FEMALE : UNKNOWN;
    }

    /** The gender the first word of a name mention implies: its honorific, else its first name. */
    static Gender ofName(String mention) {
        List<String> words = List.of(Names.slug(mention).split("-"));
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return UNKNOWN;
        }
        String first = words.get(0);
        if (MALE_HONORIFICS.contains(first)) {
            return MALE;
        }
        if (FEMALE_HONORIFICS.contains(first)) {
            return FEMALE;
        }
        return words.size() > 1 ? FirstNames.GENDERS.getOrDefault(first, UNKNOWN) : UNKNOWN;
    }

    boolean agreesWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /**
     * The long list (14,000 names, some with the rarer gender: Sidney as female) under the short lists of
     * the commonest names, which decide where they have the name.
     */
    private static Map<String, Gender> load() {
        Map<String, Gender> genders = new HashMap<>();
        read(FIRST_NAMES, (name, gender) -> genders.merge(name, gender, Gender::agreed));
        Map<String, Gender> common = new HashMap<>();
        read(COMMON_MALE_NAMES, (name, gender) -> common.merge(name, MALE, Gender::agreed));
        read(COMMON_FEMALE_NAMES, (name, gender) -> common.merge(name, FEMALE, Gender::agreed));
        genders.putAll(common);
        return Map.copyOf(genders);
    }

    /** A name listed with both genders tells nothing. */
    private static Gender agreed(Gender a, Gender b) {
        return a == b ? a : UNKNOWN;
    }

    /** Lines of "name" or "name TAB MALE|FEMALE"; a bare name's gender is UNKNOWN until the caller says. */
    private static void read(String resource, java.util.function.BiConsumer<String, Gender> entry) {
        try (InputStream in = Gender.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing: the CoreNLP models jar is needed");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.strip().split("\t");
                if (fields[0].isEmpty()) {
                    continue;
                }
                Gender gender = fields.length < 2 ? UNKNOWN : fields[1].equals("MALE") ? MALE : fields[1].equals("FEMALE") ? FEMALE : UNKNOWN;
                entry.accept(Names.fold(fields[0]), gender);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
