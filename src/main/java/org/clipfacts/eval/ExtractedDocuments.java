package org.clipfacts.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.clipfacts.article.Article;
import org.clipfacts.model.Document;
import org.clipfacts.output.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code --extracted}: documents written earlier by {@code extract --format jsonl}, found by clipping file name. */
public final class ExtractedDocuments implements DocumentSource {
    private final String file;
    private final Map<String, Document> byFileName;

    private ExtractedDocuments(String file, Map<String, Document> byFileName) {
        this.file = file;
        this.byFileName = byFileName;
    }

    public static ExtractedDocuments read(Path file) throws InvalidInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e.getMessage());
        }
        Map<String, Document> byFileName = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String line = file + ":" + (i + 1);
            Document document = parse(line, lines.get(i));
            String name = ClippingNames.fileName(document.source());
            if (byFileName.putIfAbsent(name, document) != null) {
                throw new InvalidInputException(line, "a second document for " + name);
            }
        }
        if (byFileName.isEmpty()) {
            throw new InvalidInputException(file.toString(), "no documents");
        }
        return new ExtractedDocuments(file.toString(), byFileName);
    }

    private static Document parse(String line, String json) throws InvalidInputException {
        Document document;
        try {
            document = Json.MAPPER.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(line, "not a clipfacts document: " + e.getOriginalMessage());
        }
        if (document.source() == null) {
            throw new InvalidInputException(line, "not a clipfacts document: no source");
        }
        return document;
    }

    /** The clippings the documents were extracted from, as named then. */
    public List<String> sources() {
        return byFileName.values().stream().map(Document::source).toList();
    }

    @Override
    public Document documentFor(Article article) throws FactsUnavailableException {
        Document document = byFileName.get(ClippingNames.fileName(article.source()));
        if (document == null) {
            throw new FactsUnavailableException("no document for it in " + file);
        }
        if (!Objects.equals(document.sha256(), article.sha256())) {
            throw new FactsUnavailableException("changed since " + file + " was written (its sha256 differs)");
        }
        return document;
    }
}
