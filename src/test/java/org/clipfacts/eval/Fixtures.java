package org.clipfacts.eval;

import org.clipfacts.extract.Names;
import org.clipfacts.model.ArticleInfo;
import org.clipfacts.model.Charge;
import org.clipfacts.model.DateFact;
import org.clipfacts.model.Document;
import org.clipfacts.model.Mention;
import org.clipfacts.model.Person;
import org.clipfacts.model.Quote;

import java.util.List;
import java.util.Set;

/** Small hand-made facts and answers for the matcher tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Person person(String name, String... aliases) {
        return new Person(Names.slug(name), name, List.of(aliases), List.of(),
                List.of(new Mention(name, 0, name.length())));
    }

    static DateFact date(String value, int start, int end) {
        return new DateFact("x".repeat(end - start), "DATE", value, start, end);
    }

    static Quote quote(String speaker, int start, int end) {
        return new Quote("x".repeat(end - start), speaker, speaker, null, "say", start, end);
    }

    static Charge charge(String defendant, String charge, Integer count, int start, int end) {
        return charge(defendant, charge, count, null, start, end);
    }

    static Charge charge(String defendant, String charge, Integer count, String status, int start, int end) {
        return new Charge("x".repeat(end - start), defendant, charge, count, null, null, status, start, end);
    }

    static Gold.Person goldPerson(String name, String... aliases) {
        return new Gold.Person(name, List.of(aliases));
    }

    static Gold.Date goldDate(String value, String anchorFreeValue, int start, int end) {
        return new Gold.Date("x".repeat(end - start), new Span(start, end), "DATE", value, anchorFreeValue);
    }

    static Gold.Quote goldQuote(String speaker, int start, int end) {
        return new Gold.Quote("x".repeat(end - start), new Span(start, end), speaker, false);
    }

    /** A quote whose speaker the annotators could not name. */
    static Gold.Quote unresolvedQuote(int start, int end) {
        return new Gold.Quote("x".repeat(end - start), new Span(start, end), null, true);
    }

    static Gold.Charge goldCharge(String defendant, String charge, Integer count, int start, int end) {
        return goldCharge(defendant, charge, count, null, start, end);
    }

    static Gold.Charge goldCharge(String defendant, String charge, Integer count, String status, int start, int end) {
        return new Gold.Charge("x".repeat(end - start), new Span(start, end), defendant, charge, count, status);
    }

    /** A document whose article states {@code articleDate} (null: no year known). */
    static Document document(String articleDate, List<Person> people, List<DateFact> dates, List<Charge> charges,
                             List<Quote> quotes) {
        ArticleInfo article = new ArticleInfo(null, null, null, null, articleDate, "en");
        return new Document("a.txt", "0", article, people, dates, charges, quotes, List.of());
    }

    static Gold gold(List<Gold.Person> people, List<Gold.Date> dates, List<Gold.Charge> charges, List<Gold.Quote> quotes) {
        return new Gold("a.txt", people, dates, charges, quotes, Set.of(), null);
    }
}
