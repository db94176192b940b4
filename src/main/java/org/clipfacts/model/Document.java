package org.clipfacts.model;

import java.util.List;

/** Everything clipfacts extracted from one clipping: the output contract, one document per input file. */
public record Document(String source, String sha256, ArticleInfo article, List<Person> people, List<DateFact> dates,
                       List<Charge> charges, List<Quote> quotes, List<String> warnings) {
    public Document {
        people = List.copyOf(people);
        dates = List.copyOf(dates);
        charges = List.copyOf(charges);
        quotes = List.copyOf(quotes);
        warnings = List.copyOf(warnings);
    }

    /** The same facts for a clipping given under another path (a cached result, a copied file). */
    public Document withSource(String otherSource) {
        return new Document(otherSource, sha256, article, people, dates, charges, quotes, warnings);
    }

    public int factCount() {
        return people.size() + dates.size() + charges.size() + quotes.size();
    }
}
