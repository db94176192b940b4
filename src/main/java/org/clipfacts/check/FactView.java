package org.clipfacts.check;

import org.clipfacts.model.ArticleInfo;
import org.clipfacts.model.Charge;
import org.clipfacts.model.DateFact;
import org.clipfacts.model.Document;
import org.clipfacts.model.Person;
import org.clipfacts.model.Quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One fact as the baseline comparison sees it: its kind, its text and offsets, and the fields whose change
 * is drift (a quote's speaker and cue, a charge's defendant, charge, count, by, sentence and
 * status, a date's type
 * and value, a person's name, aliases, titles and number of mentions, the article's metadata).
 * {@code start} is -1 for what has no place in the text (the article's metadata, a person never mentioned).
 */
record FactView(String kind, String text, int start, int end, Map<String, Object> fields) {
    static final String PERSON = "person";

    /** Every fact of a document, the article's metadata first. */
    static List<FactView> of(Document document) {
        List<FactView> facts = new ArrayList<>();
        facts.add(article(document.article()));
        document.people().forEach(person -> facts.add(person(person)));
        for (DateFact date : document.dates()) {
            facts.add(new FactView("date", date.text(), date.start(), date.end(), named("type", date.type(), "value", date.value())));
        }
        for (Charge charge : document.charges()) {
            facts.add(new FactView("charge", charge.text(), charge.start(), charge.end(), named("defendant", charge.defendant(),
                    "charge", charge.charge(), "count", charge.count(), "by", charge.by(), "sentence", charge.sentence(),
                    "status", charge.status())));
        }
        for (Quote quote : document.quotes()) {
            facts.add(new FactView("quote", quote.text(), quote.start(), quote.end(), named("speaker", quote.speaker(), "cue", quote.cue())));
        }
        return facts;
    }

    private static FactView article(ArticleInfo article) {
        if (article == null) {
            return new FactView("article", "metadata", -1, -1, named());
        }
        return new FactView("article", "metadata", -1, -1, named("title", article.title(), "url", article.url(),
                "publisher", article.publisher(), "dateline", article.dateline() == null ? null : article.dateline().text(),
                "date", article.date()));
    }

    private static FactView person(Person person) {
        boolean mentioned = !person.mentions().isEmpty();
        return new FactView(PERSON, person.id(), mentioned ? person.mentions().get(0).start() : -1,
                mentioned ? person.mentions().get(0).end() : -1, named("name", person.name(), "aliases", person.aliases(),
                "titles", person.titles(), "mentions", person.mentions().size()));
    }

    private static Map<String, Object> named(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    boolean placed() {
        return start >= 0;
    }

    int overlap(FactView other) {
        return placed() && other.placed() ? Math.min(end, other.end) - Math.max(start, other.start) : 0;
    }

    /** What changed from {@code before} to this: {@code count 18 → 20, by null → U.S. authorities}. */
    List<String> changesSince(FactView before) {
        List<String> changes = new ArrayList<>();
        if (!kind.equals(PERSON) && !text.equals(before.text)) {
            changes.add("text \"" + before.text + "\" → \"" + text + "\"");
        }
        fields.forEach((name, value) -> {
            Object old = before.fields.get(name);
            if (!Objects.equals(old, value)) {
                changes.add(name + " " + old + " → " + value);
            }
        });
        return changes;
    }

    /** Which fact: {@code quote "Mexico opens its doors"}, {@code person julian-assange}. */
    String name() {
        return kind + " " + (kind.equals(PERSON) ? text : "\"" + Phrases.excerpt(text, Phrases.IN_MESSAGE) + "\"");
    }

    /** The fact in a few words: {@code quote "Mexico opens its doors" (speaker andres-manuel-lopez-obrador, cue say)}. */
    String describe() {
        List<String> set = new ArrayList<>();
        fields.forEach((field, value) -> {
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                set.add(field + " " + value);
            }
        });
        return name() + (set.isEmpty() ? "" : " (" + String.join(", ", set) + ")");
    }
}
