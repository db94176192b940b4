package org.clipfacts.eval;

import org.clipfacts.model.FactKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The hand-made answers for one clipping, each text located in it. Names are as the answers write them;
 * they are compared as slugs. {@code skipped} are the kinds the answers do not annotate; {@code publicationDate}
 * is the answers' best guess of the article's date, or null.
 */
public record Gold(String clipping, List<Person> people, List<Date> dates, List<Charge> charges, List<Quote> quotes,
            Set<FactKind> skipped, LocalDate publicationDate) {
    public Gold {
        people = List.copyOf(people);
        dates = List.copyOf(dates);
        charges = List.copyOf(charges);
        quotes = List.copyOf(quotes);
        skipped = Set.copyOf(skipped);
    }

    public boolean annotates(FactKind kind) {
        return !skipped.contains(kind);
    }

    public record Person(String name, List<String> aliases) {
        public Person {
            aliases = List.copyOf(aliases);
        }
    }

    /** {@code anchorFreeValue} is what the text alone determines: {@code XXXX} where it gives no year. */
    /** {@code type} is the TIMEX3 type: DATE, TIME, DURATION or SET. */
    public record Date(String text, Span span, String type, String value, String anchorFreeValue) {
    }

    /** {@code status} is where the case stands ({@link org.clipfacts.model.Charge#STATUSES}), or null. */
    public record Charge(String text, Span span, String defendant, String charge, Integer count, String status) {
    }

    /**
     * {@code speaker} is null when the article names nobody; {@code unresolved} when the annotators could not
     * name the speaker, whose answer is then not scored.
     */
    public record Quote(String text, Span span, String speaker, boolean unresolved) {
    }
}
