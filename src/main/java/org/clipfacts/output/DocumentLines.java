package org.clipfacts.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.model.Document;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A JSON Lines file of documents, as {@code extract --format jsonl} writes it, read whole and in order:
 * {@code --extracted} of evaluate and check, and check's {@code --baseline}. Every line is a whole document
 * and no source comes twice; two clippings of one name in different directories are two documents (evaluate
 * pairs documents with answer files by file name and refuses those itself).
 */
public final class DocumentLines {
    private static final ObjectReader DOCUMENT = Json.MAPPER.readerFor(Document.class);
    /** What every document has, whatever facts were asked for; checked first for a message that names the field. */
    private static final List<String> REQUIRED_FIELDS = List.of("source", "people", "dates", "charges", "quotes", "warnings");

    /** A document and where it was read ({@code FILE:LINE}), for messages about it. */
    public record Line(String where, Document document) {
    }

    private DocumentLines() {
    }

    public static List<Document> read(Path file) throws InvalidInputException {
        return lines(file).stream().map(Line::document).toList();
    }

    public static List<Line> lines(Path file) throws InvalidInputException {
        List<Line> documents = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        try (BufferedReader lines = Files.newBufferedReader(file)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + number;
                Document document = document(where, line);
                if (!sources.add(document.source())) {
                    throw new InvalidInputException(where, "a second document for " + document.source());
                }
                documents.add(new Line(where, document));
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e.getMessage());
        }
        return documents;
    }

    private static Document document(String where, String line) throws InvalidInputException {
        try {
            JsonNode tree = Json.MAPPER.readTree(line);
            for (String field : REQUIRED_FIELDS) {
                if (tree == null || !tree.hasNonNull(field)) {
                    throw new InvalidInputException(where, "not a clipfacts document: no " + field);
                }
            }
            return DOCUMENT.treeToValue(tree, Document.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(where, "not a clipfacts document: " + e.getOriginalMessage());
        }
    }
}
