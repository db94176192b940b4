package org.clipfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.clipfacts.CliRun;
import org.clipfacts.Samples;
import org.clipfacts.article.Article;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.extract.Names;
import org.clipfacts.model.ArticleInfo;
import org.clipfacts.model.Charge;
import org.clipfacts.model.DateFact;
import org.clipfacts.model.Document;
import org.clipfacts.model.Person;
import org.clipfacts.model.Quote;
import org.clipfacts.output.Json;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every development set in ../shared/eval is read without error, its answers turned into the output a
 * perfect extractor would write score 1 on every kind it annotates, and an extractor finding nothing scores 0.
 */
class DevelopmentSetsTest {
    private static final Path EVAL = Samples.root().resolve("../shared/eval").toAbsolutePath().normalize();

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"gold", "bbc-dev", "polnear-dev", "timebank-dev"})
    void perfectAnswersScoreOneOnEveryAnnotatedKind(String set) throws Exception {
        JsonNode report = evaluate(set, DevelopmentSetsTest::perfect);

        assertTrue(report.get("kinds").size() > 0, set + " annotates something");
        for (var kind : iterable(report.get("kinds"))) {
            JsonNode tally = kind.getValue();
            assertEquals(1.0, tally.get("f1").asDouble(), set + " " + kind.getKey() + " F1");
            assertEquals(1.0, tally.get("keyAccuracy").asDouble(), set + " " + kind.getKey() + " key accuracy");
            assertEquals(1.0, tally.get("statusAccuracy").asDouble(), set + " " + kind.getKey() + " status accuracy");
        }
        if (report.has("speakers")) {
            assertEquals(1.0, report.get("speakers").get("accuracy").asDouble(), set + " speakers");
            assertEquals(0, report.get("speakers").get("wrongNonNull").asInt(), set + " wrong speakers");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gold", "bbc-dev", "polnear-dev", "timebank-dev"})
    void findingNothingScoresZero(String set) throws Exception {
        JsonNode report = evaluate(set, DevelopmentSetsTest::empty);

        for (var kind : iterable(report.get("kinds"))) {
            if (kind.getValue().get("gold").asInt() > 0) {
                assertEquals(0.0, kind.getValue().get("f1").asDouble(), set + " " + kind.getKey() + " F1");
            }
        }
    }

    private JsonNode evaluate(String set, Function<Answered, Document> extractor) throws Exception {
        Path folder = EVAL.resolve(set);
        assumeTrue(Files.isDirectory(folder), "no development set " + folder);
        AnswerSet answers = AnswerSet.open(folder);
        Path texts = answers.texts() != null ? answers.texts() : Samples.root().resolve("samples").toAbsolutePath();
        ClippingReader reader = new ClippingReader(ClippingReader.DEFAULT_MAX_CHARS);
        List<String> lines = new ArrayList<>();
        for (Path answerFile : answers.answerFiles()) {
            Path text = texts.resolve(AnswerSet.stem(answerFile) + ".txt");
            Article article = reader.read(text.toString(), Files.readAllBytes(text));
            Gold gold = GoldReader.read(answerFile, text.getFileName().toString(), article.content());
            lines.add(Json.MAPPER.writeValueAsString(extractor.apply(new Answered(gold, article))));
        }
        Path jsonl = Files.write(directory.resolve(set + ".jsonl"), lines);

        CliRun run = CliRun.of("evaluate", "--gold", folder.toString(), "--extracted", jsonl.toString(), "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = Json.MAPPER.readTree(run.out());
        assertEquals(lines.size(), report.get("clippings").asInt());
        return report;
    }

    private record Answered(Gold gold, Article article) {
    }

    /** What an extractor that agrees with every answer writes. */
    private static Document perfect(Answered answered) {
        Gold gold = answered.gold();
        boolean dated = gold.publicationDate() != null;
        List<Person> people = gold.people().stream()
                .map(person -> new Person(Names.slug(person.name()), person.name(), person.aliases(), List.of(), List.of()))
                .toList();
        List<DateFact> dates = gold.dates().stream().map(date -> new DateFact(date.text(), "DATE",
                dated ? date.value() : date.anchorFreeValue(), date.span().start(), date.span().end())).toList();
        List<Charge> charges = gold.charges().stream().map(charge -> new Charge(charge.text(), slug(charge.defendant()),
                charge.charge(), charge.count(), null, null, charge.status(), charge.span().start(), charge.span().end())).toList();
        List<Quote> quotes = gold.quotes().stream().map(quote -> new Quote(quote.text(), slug(quote.speaker()),
                quote.speaker(), null, null, quote.span().start(), quote.span().end())).toList();
        ArticleInfo article = new ArticleInfo(null, null, null, null, dated ? gold.publicationDate().toString() : null, "en");
        return new Document(answered.article().source(), answered.article().sha256(), article, people, dates, charges, quotes, List.of());
    }

    private static Document empty(Answered answered) {
        return new Document(answered.article().source(), answered.article().sha256(), null,
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static String slug(String name) {
        return name == null ? null : Names.slug(name);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
