package org.clipfacts.check;

import org.clipfacts.article.ClippingReader;
import org.clipfacts.model.ArticleInfo;
import org.clipfacts.model.Charge;
import org.clipfacts.model.DateFact;
import org.clipfacts.model.DatelineInfo;
import org.clipfacts.model.Document;
import org.clipfacts.model.Mention;
import org.clipfacts.model.Person;
import org.clipfacts.model.Quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A clipping written in a test, fact by fact: each fact's text is appended to the clipping's text on a
 * line of its own, so its offsets hold, and {@link #document()} gives what extraction would have found.
 */
final class Clipping {
    private final String source;
    private final StringBuilder text = new StringBuilder();
    private String title = "A title";
    private String url = "https://example.org/story";
    private String date = "2022-06-21";
    private DatelineInfo dateline;
    private final List<Person> people = new ArrayList<>();
    private final List<DateFact> dates = new ArrayList<>();
    private final List<Charge> charges = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    private Clipping(String source) {
        this.source = source;
    }

    static Clipping named(String source) {
        return new Clipping(source);
    }

    Clipping metadata(String title, String url, String date) {
        this.title = title;
        this.url = url;
        this.date = date;
        return this;
    }

    Clipping dateline(String text, String date) {
        this.dateline = new DatelineInfo(text, null, date);
        return this;
    }

    /** A person named by each of the spellings in turn; the first is the full name. */
    Clipping person(String id, String... spellings) {
        List<Mention> mentions = new ArrayList<>();
        for (String spelling : spellings) {
            int start = append(spelling);
            mentions.add(new Mention(spelling, start, start + spelling.length()));
        }
        List<String> aliases = List.of(spellings).subList(1, spellings.length).stream().distinct().toList();
        people.add(new Person(id, spellings[0], aliases, List.of(), mentions));
        return this;
    }

    Clipping quote(String words, String speaker, String speakerName) {
        int start = append("\"" + words + "\"") + 1;
        quotes.add(new Quote(words, speaker, speakerName, null, speaker == null ? null : "say", start, start + words.length()));
        return this;
    }

    Clipping charge(String words, String defendant, String charge, Integer count, String sentence) {
        return charge(words, defendant, charge, count, sentence, null);
    }

    Clipping charge(String words, String defendant, String charge, Integer count, String sentence, String status) {
        int start = append(words);
        charges.add(new Charge(words, defendant, charge, count, null, sentence, status, start, start + words.length()));
        return this;
    }

    Clipping date(String words, String value) {
        int start = append(words);
        dates.add(new DateFact(words, "DATE", value, start, start + words.length()));
        return this;
    }

    String text() {
        return text.toString();
    }

    Document document() {
        return new Document(source, ClippingReader.sha256(text().getBytes(StandardCharsets.UTF_8)),
                new ArticleInfo(title, url, "Publisher", dateline, date, "en"), people, dates, charges, quotes, List.of());
    }

    /** Writes the clipping's text at its source path under {@code directory}; the document names that file. */
    Document writtenUnder(Path directory) {
        Path file = directory.resolve(source);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document().withSource(file.toString());
    }

    /** Appends the words on a new line; their offset (all test text is ASCII, so chars are code points). */
    private int append(String words) {
        text.append("Line ").append(text.length()).append(": ");
        int start = text.length();
        text.append(words).append('\n');
        return start;
    }

    static CheckedCorpus corpus(Clipping... clippings) {
        return new CheckedCorpus(List.of(clippings).stream().map(Clipping::document).toList(), List.of());
    }
}
