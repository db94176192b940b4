package org.clipfacts.eval;

import java.util.List;

/**
 * The hand-made answers for one clipping, each text located in it. Names are as the answers write them;
 * they are compared as slugs.
 */
record Gold(String clipping, List<Person> people, List<Date> dates, List<Charge> charges, List<Quote> quotes) {
    Gold {
        people = List.copyOf(people);
        dates = List.copyOf(dates);
        charges = List.copyOf(charges);
        quotes = List.copyOf(quotes);
    }

    record Person(String name, List<String> aliases) {
        Person {
            aliases = List.copyOf(aliases);
        }
    }

    /** {@code anchorFreeValue} is what the text alone determines: {@code XXXX} where it gives no year. */
    record Date(String text, Span span, String value, String anchorFreeValue) {
    }

    record Charge(String text, Span span, String defendant, String charge, Integer count) {
    }

    /** {@code speaker} is null when the article names nobody. */
    record Quote(String text, Span span, String speaker) {
    }
}
