package org.clipfacts.corpus;

import org.clipfacts.Samples;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;
import org.clipfacts.model.Person;
import org.clipfacts.output.DocumentWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractRunTest {
    private static final Set<FactKind> PEOPLE = Set.of(FactKind.PEOPLE);

    @TempDir
    Path temp;

    private static List<Input> samples() {
        return Samples.inputs();
    }

    private static List<Document> run(ExtractRun run, List<Input> inputs) throws IOException {
        List<Document> written = new ArrayList<>();
        DocumentWriter collect = new DocumentWriter() {
            @Override
            public void write(Document document) {
                written.add(document);
            }

            @Override
            public void finish() {
            }
        };
        ExtractRun.Summary summary = run.run(inputs, collect, (source, reason, cause) -> { throw new AssertionError(source + ": " + reason); },
                ExtractRun.Progress.NONE);
        assertEquals(inputs.size(), summary.files());
        return written;
    }

    private static ExtractRun extractRun(int threads, ResultCache cache) {
        return new ExtractRun(new ClippingReader(ClippingReader.DEFAULT_MAX_CHARS), PEOPLE, null,
                new ByteArrayInputStream(new byte[0]), threads, cache, Duration.ofMinutes(2));
    }

    @Test
    void twoThreadsWriteTheSameDocumentsInInputOrder() throws IOException {
        List<Input> inputs = samples();
        List<Document> oneThread = run(extractRun(1, null), inputs);
        List<Document> twoThreads = run(extractRun(2, null), inputs);
        assertEquals(oneThread, twoThreads);
        assertEquals(inputs.stream().map(Input::source).toList(), twoThreads.stream().map(Document::source).toList());
    }

    @Test
    void aCachedResultIsServedWithoutExtractingAndAChangedFileIsRedone() throws IOException {
        Path clipping = Files.copy(Samples.path("002"), temp.resolve("story.txt"));
        String sha256 = ClippingReader.sha256(Files.readAllBytes(clipping));
        ResultCache cache = new ResultCache(temp.resolve("cache"), ExtractRun.outputOptions(PEOPLE, null));
        Person planted = new Person("planted", "Planted Person", List.of(), List.of(), List.of());
        cache.put(sha256, new Document("elsewhere.txt", sha256, null, List.of(planted), List.of(), List.of(), List.of(), List.of()));
        List<Input> input = List.of(new Input(clipping.toString(), clipping));

        Document served = run(extractRun(1, cache), input).get(0);
        assertEquals(List.of(planted), served.people(), "served from the cache, not extracted");
        assertEquals(clipping.toString(), served.source(), "under the name given in this run");

        Files.writeString(clipping, Files.readString(clipping).replace("Mexico City, January 4", "Mexico City, January 5"));
        Document redone = run(extractRun(1, cache), input).get(0);
        assertTrue(redone.people().stream().anyMatch(person -> person.id().equals("julian-assange")), "a changed file is extracted again");
    }

    @Test
    void aTornOrForeignCacheEntryIsNeverServed() throws IOException {
        Path clipping = Files.copy(Samples.path("003"), temp.resolve("story.txt"));
        List<Input> input = List.of(new Input(clipping.toString(), clipping));
        Path directory = temp.resolve("cache");
        ResultCache cache = new ResultCache(directory, ExtractRun.outputOptions(PEOPLE, null));
        Document fresh = run(extractRun(1, cache), input).get(0);
        Path entry;
        try (Stream<Path> files = Files.walk(directory)) {
            entry = files.filter(file -> file.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(fresh, run(extractRun(1, cache), input).get(0), "a torn entry is redone");
        assertEquals(whole.length, Files.size(entry), "and rewritten whole");

        ResultCache otherOptions = new ResultCache(directory, ExtractRun.outputOptions(Set.of(FactKind.DATES), null));
        assertTrue(otherOptions.get(fresh.sha256()).isEmpty(), "other options, other entry");
    }
}
