package org.clipfacts.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.clipfacts.model.CorpusPerson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A corpus' people ({@link CorpusPerson}) as text, JSON, JSON Lines (the people index) or CSV. */
public enum PeopleTable {
    TEXT, JSON, JSONL, CSV;

    private static final String LIST_SEPARATOR = "; ";

    public static PeopleTable fromLabel(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + label + "' is not a format: use text, json, jsonl or csv");
        }
    }

    public void write(List<CorpusPerson> people, OutputStream out) throws IOException {
        switch (this) {
            case TEXT -> text(people, out);
            case JSON -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, people);
            case JSONL -> {
                for (CorpusPerson person : people) {
                    out.write(Json.MAPPER.writeValueAsBytes(person));
                    out.write('\n');
                }
            }
            case CSV -> csv(people, out);
        }
        out.flush();
    }

    /** One row per person; the articles as {@code source} or, where the article's id differs, {@code source (id)}. */
    private static void text(List<CorpusPerson> people, OutputStream out) {
        TextTable table = new TextTable(2, 2, List.of("id", "name", "mentions", "articles", "first", "last", "titles", "in"));
        for (CorpusPerson person : people) {
            table.add(List.of(person.id(), person.name(), String.valueOf(person.mentions()), String.valueOf(person.articles().size()),
                    orDash(person.firstDate()), orDash(person.lastDate()),
                    person.titles().stream().limit(3).collect(Collectors.joining(LIST_SEPARATOR)), articles(person)));
        }
        PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
        table.print(print);
        print.flush();
    }

    private static String articles(CorpusPerson person) {
        return person.articles().stream()
                .map(article -> article.id().equals(person.id()) ? article.source() : article.source() + " (" + article.id() + ")")
                .collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    @JsonPropertyOrder({"id", "name", "aliases", "titles", "mentions", "articles", "first_date", "last_date", "sources", "article_ids"})
    private record CsvPerson(String id, String name, String aliases, String titles, int mentions, int articles,
                             @JsonProperty("first_date") String firstDate,
                             @JsonProperty("last_date") String lastDate,
                             String sources,
                             @JsonProperty("article_ids") String articleIds) {
    }

    /** RFC 4180, one row per person; {@code sources} and {@code article_ids} list the articles in the same order. */
    private static void csv(List<CorpusPerson> people, OutputStream out) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        CsvSchema schema = mapper.schemaFor(CsvPerson.class).withHeader().withLineSeparator("\r\n");
        try (SequenceWriter rows = mapper.writer(schema).writeValues(out)) {
            for (CorpusPerson person : people) {
                rows.write(new CsvPerson(person.id(), person.name(), String.join(LIST_SEPARATOR, person.aliases()),
                        String.join(LIST_SEPARATOR, person.titles()), person.mentions(), person.articles().size(),
                        person.firstDate(), person.lastDate(),
                        person.articles().stream().map(CorpusPerson.Appearance::source).collect(Collectors.joining(LIST_SEPARATOR)),
                        person.articles().stream().map(CorpusPerson.Appearance::id).collect(Collectors.joining(LIST_SEPARATOR))));
            }
        }
    }
}
