package org.clipfacts.eval;

import org.clipfacts.model.DateFact;
import org.clipfacts.model.FactKind;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.clipfacts.eval.Fixtures.date;
import static org.clipfacts.eval.Fixtures.document;
import static org.clipfacts.eval.Fixtures.gold;
import static org.clipfacts.eval.Fixtures.goldDate;
import static org.clipfacts.eval.Fixtures.goldPerson;
import static org.clipfacts.eval.Fixtures.goldQuote;
import static org.clipfacts.eval.Fixtures.person;
import static org.clipfacts.eval.Fixtures.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FileScorerTest {
    private static final Gold LAST_MONTH = gold(List.of(), List.of(goldDate("2022-06", "XXXX-06", 0, 10)), List.of(), List.of());

    @Test
    void withoutAKnownYearDatesAreHeldToTheAnchorFreeValue() {
        FileScore score = FileScorer.score(LAST_MONTH, document(null, List.of(), List.of(date("XXXX-06", 0, 10)), List.of(), List.of()),
                EnumSet.of(FactKind.DATES), false);

        assertEquals(1, score.tally(FactKind.DATES).keyCorrect());
    }

    @Test
    void aDateTheDocumentStatesHoldsDatesToTheFullValue() {
        FileScore score = FileScorer.score(LAST_MONTH, document("2022-07-18", List.of(), List.of(date("2022-06", 0, 10)), List.of(), List.of()),
                EnumSet.of(FactKind.DATES), false);

        assertEquals(1, score.tally(FactKind.DATES).keyCorrect());
    }

    @Test
    void aGivenReferenceDateHoldsDatesToTheFullValue() {
        FileScore score = FileScorer.score(LAST_MONTH, document(null, List.of(), List.of(date("XXXX-06", 0, 10)), List.of(), List.of()),
                EnumSet.of(FactKind.DATES), true);

        assertEquals(0, score.tally(FactKind.DATES).keyCorrect());
        assertEquals(Discrepancy.Type.WRONG_KEY, score.discrepancies().get(0).type());
        assertEquals("2022-06", score.discrepancies().get(0).gold().key());
    }

    @Test
    void datesAreBrokenDownByTypeAnswersByTheirsAndFoundDatesByTheirs() {
        Gold gold = gold(List.of(), List.of(goldDate("2022-06", "XXXX-06", 0, 10), goldDate("2022-07", "XXXX-07", 20, 30)),
                List.of(), List.of());
        List<DateFact> found = List.of(new DateFact("x".repeat(10), "DURATION", "P1M", 0, 10), date("2022-07", 20, 30),
                date("2022-08", 40, 50));
        FileScore score = FileScorer.score(gold, document("2022-07-18", List.of(), found, List.of(), List.of()),
                EnumSet.of(FactKind.DATES), false);

        assertEquals(new Tally(2, 2, 2, 1, 2, 1, 0, 0), score.categories(FactKind.DATES).get("DATE"));
        assertEquals(new Tally(0, 1, 0, 1, 0, 0, 0, 0), score.categories(FactKind.DATES).get("DURATION"));
        assertEquals(score.tally(FactKind.DATES), score.categories(FactKind.DATES).values().stream().reduce(Tally.NONE, Tally::plus));
    }

    @Test
    void onlyTheKindsAskedForAreScored() {
        Gold gold = gold(List.of(goldPerson("Joe Biden")), List.of(), List.of(), List.of(goldQuote("Joe Biden", 0, 5)));
        FileScore score = FileScorer.score(gold, document(null, List.of(person("Joe Biden")), List.of(), List.of(), List.of()),
                EnumSet.of(FactKind.PEOPLE), false);

        assertEquals(List.of(), score.discrepancies());
        assertEquals(Tally.NONE, score.tally(FactKind.QUOTES));
        assertEquals(SpeakerTally.NONE, score.speakers());
    }

    @Test
    void everyMissFalseFindAndWrongKeyIsListed() {
        Gold gold = gold(List.of(goldPerson("Joe Biden")), List.of(), List.of(),
                List.of(goldQuote("Joe Biden", 0, 5), goldQuote(null, 10, 15)));
        FileScore score = FileScorer.score(gold,
                document(null, List.of(person("Biden")), List.of(), List.of(), List.of(quote("julian-assange", 0, 5), quote(null, 20, 25))),
                EnumSet.allOf(FactKind.class), false);

        List<Discrepancy.Type> types = score.discrepancies().stream().map(Discrepancy::type).toList();
        assertEquals(List.of(Discrepancy.Type.MISS, Discrepancy.Type.FALSE_FIND, Discrepancy.Type.MISS,
                Discrepancy.Type.WRONG_KEY, Discrepancy.Type.FALSE_FIND), types);
    }
}
