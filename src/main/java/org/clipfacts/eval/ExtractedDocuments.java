package org.clipfacts.eval;

import org.clipfacts.article.Article;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.model.Document;
import org.clipfacts.output.DocumentLines;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code --extracted}: documents written earlier by {@code extract --format jsonl}, found by clipping file name. */
public final class ExtractedDocuments {
    private final String file;
    private final Map<String, Document> byFileName;

    private ExtractedDocuments(String file, Map<String, Document> byFileName) {
        this.file = file;
        this.byFileName = byFileName;
    }

    public static ExtractedDocuments read(Path file) throws InvalidInputException {
        Map<String, Document> byFileName = new LinkedHashMap<>();
        for (DocumentLines.Line line : DocumentLines.lines(file)) {
            String name = ClippingNames.fileName(line.document().source());
            if (byFileName.putIfAbsent(name, line.document()) != null) {
                throw new InvalidInputException(line.where(), "a second document for " + name);
            }
        }
        if (byFileName.isEmpty()) {
            throw new InvalidInputException(file.toString(), "no documents");
        }
        return new ExtractedDocuments(file.toString(), byFileName);
    }

    /** The clippings the documents were extracted from, as named then. */
    public List<String> sources() {
        return byFileName.values().stream().map(Document::source).toList();
    }

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
