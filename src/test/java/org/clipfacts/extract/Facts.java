package org.clipfacts.extract;

import org.clipfacts.model.Document;
import org.clipfacts.model.Person;
import org.clipfacts.model.Quote;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Look-ups over an extracted document, for assertions that read like the article. */
final class Facts {
    private Facts() {
    }

    static Set<String> personIds(Document document) {
        return document.people().stream().map(Person::id).collect(Collectors.toSet());
    }

    static Person person(Document document, String id) {
        return document.people().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + personIds(document)));
    }

    static Quote quoteStarting(Document document, String beginning) {
        Optional<Quote> quote = document.quotes().stream().filter(q -> q.text().startsWith(beginning)).findFirst();
        return quote.orElseThrow(() -> new AssertionError("no quote starting '" + beginning + "'"));
    }
}
