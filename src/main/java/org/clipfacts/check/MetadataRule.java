package org.clipfacts.check;

import org.clipfacts.model.ArticleInfo;
import org.clipfacts.model.DatelineInfo;
import org.clipfacts.model.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code metadata.missing}: a clipping without a field the configuration requires (title, URL, date, ...). */
final class MetadataRule extends CheckRule {
    static final String ID = "metadata.missing";
    /** The fields a configuration may require, in the order a finding names them. */
    static final List<String> FIELDS = List.of("title", "url", "publisher", "dateline", "date");

    private final Set<String> required;

    MetadataRule(List<String> required) {
        super(ID, Severity.WARNING, "A clipping without a required title, URL, publisher, dateline or full date.");
        this.required = Set.copyOf(required);
    }

    @Override
    public List<Finding> check(CheckedCorpus corpus, Severity severity) {
        List<Finding> findings = new ArrayList<>();
        for (Document document : corpus.documents()) {
            List<String> missing = FIELDS.stream().filter(required::contains)
                    .filter(field -> absent(document.article(), field)).toList();
            if (!missing.isEmpty()) {
                findings.add(new Finding(ID, severity, "no " + String.join(", no ", missing.stream()
                        .map(field -> describe(document.article(), field)).toList()), List.of(Location.ofFile(document.source()))));
            }
        }
        return findings;
    }

    private static boolean absent(ArticleInfo article, String field) {
        if (article == null) {
            return true;
        }
        return switch (field) {
            case "title" -> blank(article.title());
            case "url" -> blank(article.url());
            case "publisher" -> blank(article.publisher());
            case "dateline" -> article.dateline() == null;
            case "date" -> blank(article.date());
            default -> throw new IllegalArgumentException("unknown metadata field " + field);
        };
    }

    /** What is missing, with what the clipping gives instead when that helps: a dateline's day without its year. */
    private static String describe(ArticleInfo article, String field) {
        if (field.equals("date")) {
            DatelineInfo dateline = article == null ? null : article.dateline();
            return dateline != null && dateline.date() != null
                    ? "full date (the dateline gives " + dateline.date() + ", without a year)" : "date";
        }
        return field.equals("url") ? "URL" : field;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
