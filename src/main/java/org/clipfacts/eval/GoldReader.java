package org.clipfacts.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.model.Charge;
import org.clipfacts.model.FactKind;
import org.clipfacts.output.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and checks an answer file, locating each answer's text in the clipping it answers. A problem is
 * reported with the file and the field, e.g. {@code quotes[3].text: missing} (indices from 0).
 */
public final class GoldReader {
    private static final String PUBLICATION_DATE = "publication_date_best_guess";

    private final String file;
    private final String clipping;
    private final String content;

    private GoldReader(String file, String clipping, String content) {
        this.file = file;
        this.clipping = clipping;
        this.content = content;
    }

    /** Reads {@code file}, the answers for the clipping named {@code clipping} whose text is {@code content}. */
    public static Gold read(Path file, String clipping, String content) throws InvalidInputException {
        GoldReader reader = new GoldReader(file.toString(), clipping, content);
        return reader.gold(reader.parse(file));
    }

    private JsonNode parse(Path path) throws InvalidInputException {
        try {
            return Json.MAPPER.readTree(path.toFile());
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot read: " + e.getMessage());
        }
    }

    private Gold gold(JsonNode root) throws InvalidInputException {
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(file, "not a JSON object");
        }
        TextLocator dates = new TextLocator(content);
        TextLocator charges = new TextLocator(content);
        TextLocator quotes = new TextLocator(content);
        Set<FactKind> skipped = skippedKinds(root);
        LocalDate publicationDate = publicationDate(root);
        StatementLocator sharedStatement = new StatementLocator(charges);
        return new Gold(clipping,
                entries(root, "people", (entry, path) -> new Gold.Person(
                        string(entry, path, "name"), strings(entry, path, "aliases"))),
                entries(root, "dates", (entry, path) -> {
                    Located at = locate(dates, entry, path);
                    return new Gold.Date(at.text(), at.span(), string(entry, path, "type"), string(entry, path, "value"),
                            string(entry, path, "anchor_free_value"));
                }),
                entries(root, "charges", (entry, path) -> {
                    Located at = sharedStatement.locate(entry, path);
                    return new Gold.Charge(at.text(), at.span(), nullableString(entry, path, "defendant"),
                            nullableString(entry, path, "charge"), nullableInteger(entry, path, "count"),
                            status(entry, path));
                }),
                entries(root, "quotes", (entry, path) -> {
                    Located at = locate(quotes, entry, path);
                    return new Gold.Quote(at.text(), at.span(), nullableString(entry, path, "speaker"),
                            optionalBoolean(entry, path, "speaker_unresolved"));
                }),
                skipped, publicationDate);
    }

    private Set<FactKind> skippedKinds(JsonNode root) throws InvalidInputException {
        Set<FactKind> skipped = EnumSet.noneOf(FactKind.class);
        List<String> labels = strings(root, null, "skip_kinds");
        for (int i = 0; i < labels.size(); i++) {
            try {
                skipped.add(FactKind.fromLabel(labels.get(i)));
            } catch (IllegalArgumentException e) {
                throw malformed("skip_kinds[" + i + "]", e.getMessage());
            }
        }
        return skipped;
    }

    private LocalDate publicationDate(JsonNode root) throws InvalidInputException {
        JsonNode article = root.get("article");
        JsonNode value = article == null ? null : article.get(PUBLICATION_DATE);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw malformed("article." + PUBLICATION_DATE, "must be a date of the form YYYY-MM-DD or null");
        }
    }

    private String status(JsonNode entry, String path) throws InvalidInputException {
        JsonNode value = entry.get("status");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || !Charge.STATUSES.contains(value.asText())) {
            throw malformed(path + ".status", "must be one of " + String.join(", ", Charge.STATUSES) + ", or null");
        }
        return value.asText();
    }

    private boolean optionalBoolean(JsonNode entry, String path, String name) throws InvalidInputException {
        JsonNode value = entry.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw malformed(path + "." + name, "must be true or false");
        }
        return value.asBoolean();
    }

    private interface EntryReader<T> {
        T read(JsonNode entry, String path) throws InvalidInputException;
    }

    private record Located(String text, Span span) {
    }

    /**
     * Charge answers list one statement once per defendant and offence: an answer with the same text as the
     * one before it, and no {@code occurrence}, is the same statement, not the text's next occurrence.
     */
    private final class StatementLocator {
        private final TextLocator locator;
        private Located previous;

        StatementLocator(TextLocator locator) {
            this.locator = locator;
        }

        Located locate(JsonNode entry, String path) throws InvalidInputException {
            JsonNode text = entry.get("text");
            boolean sameStatement = previous != null && !entry.has("occurrence") && text != null
                    && previous.text().equals(text.asText());
            previous = sameStatement ? previous : GoldReader.this.locate(locator, entry, path);
            return previous;
        }
    }

    private <T> List<T> entries(JsonNode root, String section, EntryReader<T> reader) throws InvalidInputException {
        JsonNode array = root.get(section);
        if (array == null) {
            throw malformed(section, "missing");
        }
        if (!array.isArray()) {
            throw malformed(section, "must be an array");
        }
        List<T> entries = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = section + "[" + i + "]";
            if (!array.get(i).isObject()) {
                throw malformed(path, "must be an object");
            }
            entries.add(reader.read(array.get(i), path));
        }
        return entries;
    }

    private Located locate(TextLocator locator, JsonNode entry, String path) throws InvalidInputException {
        String text = string(entry, path, "text");
        JsonNode occurrence = entry.get("occurrence");
        if (occurrence != null && !occurrence.isNull()) {
            if (!occurrence.isIntegralNumber() || !occurrence.canConvertToInt() || occurrence.intValue() < 1) {
                throw malformed(path + ".occurrence", "must be a whole number from 1");
            }
            Span span = locator.occurrence(text, occurrence.intValue());
            if (span == null) {
                throw malformed(path + ".occurrence", "is " + occurrence.intValue() + ", but the text occurs "
                        + locator.occurrences(text) + " times in " + clipping);
            }
            return new Located(text, span);
        }
        Span span = locator.next(text);
        if (span == null) {
            int found = locator.located(text);
            throw malformed(path + ".text", found == 0 ? "not found in " + clipping
                    : "more answers have this text than its " + found + " occurrences in " + clipping);
        }
        return new Located(text, span);
    }

    private String string(JsonNode entry, String path, String name) throws InvalidInputException {
        JsonNode value = present(entry, path, name);
        if (!value.isTextual()) {
            throw malformed(path + "." + name, "must be a string");
        }
        if (value.asText().isEmpty()) {
            throw malformed(path + "." + name, "must not be empty");
        }
        return value.asText();
    }

    private String nullableString(JsonNode entry, String path, String name) throws InvalidInputException {
        JsonNode value = present(entry, path, name);
        if (value.isNull()) {
            return null;
        }
        return string(entry, path, name);
    }

    private Integer nullableInteger(JsonNode entry, String path, String name) throws InvalidInputException {
        JsonNode value = present(entry, path, name);
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw malformed(path + "." + name, "must be a whole number or null");
        }
        return value.intValue();
    }

    /** An optional list: absent means empty. {@code path} is null for a field of the file itself. */
    private List<String> strings(JsonNode entry, String path, String name) throws InvalidInputException {
        JsonNode array = entry.get(name);
        if (array == null || array.isNull()) {
            return List.of();
        }
        boolean allStrings = array.isArray();
        List<String> strings = new ArrayList<>();
        for (JsonNode value : array) {
            allStrings &= value.isTextual();
            strings.add(value.asText());
        }
        if (!allStrings) {
            throw malformed(path == null ? name : path + "." + name, "must be an array of strings");
        }
        return strings;
    }

    /** A required field; it may hold null where the format allows. */
    private JsonNode present(JsonNode entry, String path, String name) throws InvalidInputException {
        JsonNode value = entry.get(name);
        if (value == null) {
            throw malformed(path + "." + name, "missing");
        }
        return value;
    }

    private InvalidInputException malformed(String field, String problem) {
        return new InvalidInputException(file, field + ": " + problem);
    }
}
