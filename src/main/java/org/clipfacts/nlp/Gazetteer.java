package org.clipfacts.nlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The classes clipfacts needs from CoreNLP's fine-grained NER gazetteer. The whole gazetteer (582k lines,
 * mostly cities) costs 15 s and 600 MB to load; the TITLE and CRIMINAL_CHARGE lines alone load in about a
 * second, so they are filtered into a mapping file of their own.
 */
final class Gazetteer {
    private static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

    private Gazetteer() {
    }

    /** Writes the gazetteer's lines of the given NER classes to a temporary mapping file for regexner. */
    static Path mappingFor(Set<String> nerClasses) {
        try {
            Path mapping = Files.createTempFile("clipfacts-gazetteer-", ".tab");
            mapping.toFile().deleteOnExit();
            try (InputStream in = open(CASELESS);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                 BufferedWriter writer = Files.newBufferedWriter(mapping, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int tab = line.indexOf('\t');
                    int nextTab = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
                    if (nextTab > 0 && nerClasses.contains(line.substring(tab + 1, nextTab))) {
                        writer.write(line);
                        writer.newLine();
                    }
                }
            }
            return mapping;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare CoreNLP's gazetteer", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is not on the class path: is the CoreNLP models jar missing?");
        }
        return resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
