package org.clipfacts.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CoreNLP's list of places and their adjectival forms, so that "the Mexican president" can be matched
 * with a "president of Mexico".
 */
public final class Demonyms {
    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static final Map<String, String> PLACE_OF = load();

    private Demonyms() {
    }

    /** Whether two words name the same place or people: Mexico, Mexican, Mexicans. */
    public static boolean samePlace(String a, String b) {
        String first = key(a);
        String second = key(b);
        if (first.equals(second)) {
            return true;
        }
        String place = PLACE_OF.get(first);
        return place != null && place.equals(PLACE_OF.get(second));
    }

    private static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> load() {
        Map<String, String> placeOf = new HashMap<>();
        InputStream in = Demonyms.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return placeOf;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] forms = line.split("\t");
                String place = key(forms[0]);
                for (String form : forms) {
                    placeOf.putIfAbsent(key(form), place);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return placeOf;
    }
}
