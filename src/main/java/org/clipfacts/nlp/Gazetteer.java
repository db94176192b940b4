package org.clipfacts.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * The classes clipfacts needs from CoreNLP's fine-grained NER gazetteer. The whole gazetteer (582k lines,
 * mostly cities) costs 15 s and 600 MB to load in CoreNLP's regexner; clipfacts keeps only the TITLE and
 * CRIMINAL_CHARGE lines and tags them with {@link GazetteerTagger}.
 */
final class Gazetteer {
    private static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

    private Gazetteer() {
    }

    /**
     * The gazetteer's lines of the given NER classes, in its own format; from the model cache after the
     * first run, so the 18 MB gazetteer is not read each time.
     */
    static String linesFor(Set<String> nerClasses, ModelCache cache) {
        return cache.load("gazetteer-" + String.join("-", new TreeSet<>(nerClasses)).toLowerCase(Locale.ROOT),
                CASELESS, ModelInput::readString, () -> linesOf(nerClasses), (text, out) -> out.writeString(text));
    }

    private static String linesOf(Set<String> nerClasses) {
        StringBuilder lines = new StringBuilder();
        try (InputStream in = open(CASELESS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                int nextTab = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
                if (nextTab > 0 && nerClasses.contains(line.substring(tab + 1, nextTab))) {
                    lines.append(line).append(System.lineSeparator());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP's gazetteer", e);
        }
        return lines.toString();
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is not on the class path: is the CoreNLP models jar missing?");
        }
        return resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
