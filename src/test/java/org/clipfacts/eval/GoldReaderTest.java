package org.clipfacts.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.time.LocalDate;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.model.FactKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldReaderTest {
    private static final String CLIPPING = "“Go,” said Zoë last month, and last month she left 😀 last month.";

    @TempDir
    Path directory;

    @Test
    void readsAnswersAndLocatesRepeatedTextsInOrder() throws Exception {
        Gold gold = read("""
                {"people": [{"name": "Zoë Adams", "aliases": ["Zoë"]}],
                 "dates": [
                   {"text": "last month", "type": "DATE", "value": "2022-06", "anchor_free_value": "XXXX-06"},
                   {"text": "last month", "type": "DATE", "value": "2022-06", "anchor_free_value": "XXXX-06"},
                   {"text": "last month", "type": "DATE", "value": "2022-06", "anchor_free_value": "XXXX-06"}],
                 "charges": [],
                 "quotes": [{"text": "Go,", "speaker": "Zoë Adams"}]}
                """);

        assertEquals(List.of("Zoë"), gold.people().get(0).aliases());
        assertEquals(List.of(new Span(15, 25), new Span(31, 41), new Span(53, 63)),
                gold.dates().stream().map(Gold.Date::span).toList());
        assertEquals(new Span(1, 4), gold.quotes().get(0).span());
    }

    @Test
    void aliasesMayBeLeftOutAndSpeakersAndCountsMayBeNull() throws Exception {
        Gold gold = read("""
                {"people": [{"name": "Zoë Adams"}], "dates": [],
                 "charges": [{"text": "left", "defendant": null, "charge": null, "count": null}],
                 "quotes": [{"text": "Go,", "speaker": null}]}
                """);

        assertEquals(List.of(), gold.people().get(0).aliases());
        assertNull(gold.charges().get(0).count());
        assertNull(gold.quotes().get(0).speaker());
    }

    @Test
    void aMissingFieldIsNamedWithItsFile() throws IOException {
        InvalidInputException e = malformed("""
                {"people": [], "dates": [], "charges": [],
                 "quotes": [{"text": "Go,", "speaker": null}, {"speaker": "Zoë Adams"}]}
                """);

        assertEquals(directory.resolve("a.json").toString(), e.source());
        assertEquals("quotes[1].text: missing", e.problem());
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() throws IOException {
        assertEquals("charges[0].count: must be a whole number or null", malformed("""
                {"people": [], "dates": [], "quotes": [],
                 "charges": [{"text": "left", "defendant": null, "charge": "theft", "count": "two"}]}
                """).problem());
        assertEquals("people[0].aliases: must be an array of strings", malformed("""
                {"people": [{"name": "Zoë", "aliases": "Z"}], "dates": [], "charges": [], "quotes": []}
                """).problem());
        assertEquals("dates: must be an array", malformed("""
                {"people": [], "dates": {}, "charges": [], "quotes": []}
                """).problem());
    }

    @Test
    void aMissingSectionIsNamed() throws IOException {
        assertEquals("charges: missing", malformed("""
                {"people": [], "dates": [], "quotes": []}
                """).problem());
    }

    @Test
    void aTextTheClippingDoesNotHoldIsNamed() throws IOException {
        assertEquals("quotes[0].text: not found in a.txt", malformed("""
                {"people": [], "dates": [], "charges": [], "quotes": [{"text": "Stay,", "speaker": null}]}
                """).problem());
        assertEquals("dates[1].text: more answers have this text than its 1 occurrences in a.txt", malformed("""
                {"people": [], "charges": [], "quotes": [],
                 "dates": [{"text": "said", "type": "DATE", "value": "X", "anchor_free_value": "X"},
                           {"text": "said", "type": "DATE", "value": "X", "anchor_free_value": "X"}]}
                """).problem());
    }

    @Test
    void anOccurrenceLocatesItsTextWhateverTheOrderOfAnswers() throws Exception {
        Gold gold = read("""
                {"people": [], "charges": [], "quotes": [],
                 "dates": [
                   {"text": "last month", "type": "DATE", "value": "2022-06", "anchor_free_value": "XXXX-06", "occurrence": 3},
                   {"text": "last month", "type": "DATE", "value": "2022-06", "anchor_free_value": "XXXX-06", "occurrence": 1}]}
                """);

        assertEquals(List.of(new Span(53, 63), new Span(15, 25)), gold.dates().stream().map(Gold.Date::span).toList());
        assertEquals("dates[0].occurrence: is 4, but the text occurs 3 times in a.txt", malformed("""
                {"people": [], "charges": [], "quotes": [],
                 "dates": [{"text": "last month", "type": "DATE", "value": "X", "anchor_free_value": "X", "occurrence": 4}]}
                """).problem());
        assertEquals("dates[0].occurrence: must be a whole number from 1", malformed("""
                {"people": [], "charges": [], "quotes": [],
                 "dates": [{"text": "last month", "type": "DATE", "value": "X", "anchor_free_value": "X", "occurrence": 0}]}
                """).problem());
    }

    @Test
    void skippedKindsAndThePublicationDateAreRead() throws Exception {
        Gold gold = read("""
                {"people": [], "dates": [], "charges": [], "quotes": [], "skip_kinds": ["people", "charges"],
                 "article": {"publication_date_best_guess": "2022-07-18"}}
                """);

        assertEquals(Set.of(FactKind.PEOPLE, FactKind.CHARGES), gold.skipped());
        assertEquals(LocalDate.of(2022, 7, 18), gold.publicationDate());
        assertNull(read("{\"people\": [], \"dates\": [], \"charges\": [], \"quotes\": []}").publicationDate());
        assertEquals("skip_kinds[0]: unknown fact kind 'names' (expected one of people, dates, charges, quotes)", malformed("""
                {"people": [], "dates": [], "charges": [], "quotes": [], "skip_kinds": ["names"]}
                """).problem());
        assertEquals("article.publication_date_best_guess: must be a date of the form YYYY-MM-DD or null", malformed("""
                {"people": [], "dates": [], "charges": [], "quotes": [], "article": {"publication_date_best_guess": "July"}}
                """).problem());
    }

    @Test
    void anUnresolvedSpeakerAndAChargeStatusAreRead() throws Exception {
        Gold gold = read("""
                {"people": [], "dates": [],
                 "charges": [{"text": "left", "defendant": "Zoë Adams", "charge": "theft", "count": null, "status": "pleaded guilty"}],
                 "quotes": [{"text": "Go,", "speaker": null, "speaker_unresolved": true}]}
                """);

        assertEquals("pleaded guilty", gold.charges().get(0).status());
        assertTrue(gold.quotes().get(0).unresolved());
        assertEquals("charges[0].status: must be one of charged, accused, convicted, pleaded guilty, acquitted, sentenced, or null",
                malformed("""
                        {"people": [], "dates": [], "quotes": [],
                         "charges": [{"text": "left", "defendant": null, "charge": null, "count": null, "status": "jailed"}]}
                        """).problem());
        assertEquals("quotes[0].speaker_unresolved: must be true or false", malformed("""
                {"people": [], "dates": [], "charges": [], "quotes": [{"text": "Go,", "speaker": null, "speaker_unresolved": "yes"}]}
                """).problem());
    }

    @Test
    void chargeAnswersRepeatingTheTextBeforeThemShareItsSpan() throws Exception {
        Gold gold = read("""
                {"people": [], "dates": [], "quotes": [],
                 "charges": [
                   {"text": "last month", "defendant": "Zoë Adams", "charge": "theft", "count": null},
                   {"text": "last month", "defendant": "Zoë Adams", "charge": "fraud", "count": null},
                   {"text": "she left", "defendant": "Zoë Adams", "charge": "fraud", "count": null},
                   {"text": "last month", "defendant": "Zoë Adams", "charge": "fraud", "count": null}]}
                """);

        assertEquals(List.of(new Span(15, 25), new Span(15, 25), new Span(42, 50), new Span(31, 41)),
                gold.charges().stream().map(Gold.Charge::span).toList());
    }

    @Test
    void textThatIsNotJsonIsReported() throws IOException {
        assertEquals("not a JSON object", malformed("[]").problem());
        assertEquals("not valid JSON: ", malformed("{\"people\": [").problem().substring(0, 16));
    }

    private Gold read(String json) throws IOException, InvalidInputException {
        Path file = directory.resolve("a.json");
        Files.writeString(file, json);
        return GoldReader.read(file, "a.txt", CLIPPING);
    }

    private InvalidInputException malformed(String json) throws IOException {
        Path file = directory.resolve("a.json");
        Files.writeString(file, json);
        return assertThrows(InvalidInputException.class, () -> GoldReader.read(file, "a.txt", CLIPPING));
    }
}
