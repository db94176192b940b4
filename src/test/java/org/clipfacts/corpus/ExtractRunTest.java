package org.clipfacts.corpus;

import org.clipfacts.Samples;
import org.clipfacts.corpus.ClippingProcessor.Outcome;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.extract.Extraction;
import org.clipfacts.input.Input;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;
import org.clipfacts.model.Person;
import org.clipfacts.output.DocumentWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        ResultCache cache = new ResultCache(temp.resolve("cache"));
        Person planted = new Person("planted", "Planted Person", List.of(), List.of(), List.of());
        cache.put(sha256, ResultCache.options(PEOPLE, null), new Document("elsewhere.txt", sha256, null, List.of(planted), List.of(), List.of(), List.of(), List.of()));
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
        ResultCache cache = new ResultCache(directory);
        Document fresh = run(extractRun(1, cache), input).get(0);
        Path entry;
        try (Stream<Path> files = Files.walk(directory)) {
            entry = files.filter(file -> file.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(fresh, run(extractRun(1, cache), input).get(0), "a torn entry is redone");
        assertEquals(whole.length, Files.size(entry), "and rewritten whole");

        assertTrue(cache.get(fresh.sha256(), ResultCache.options(Set.of(FactKind.DATES), null)).isEmpty(),
                "other options, other entry");
    }

    private static ExtractRun loadingWith(Function<Set<FactKind>, Extraction> loader, int maxChars, byte[] stdin, Duration limit) {
        return new ExtractRun(new ClippingReader(maxChars), PEOPLE, null, new ByteArrayInputStream(stdin), 1, null, limit, loader);
    }

    @Test
    void theClockOfAClippingStartsWhenThePipelineIsLoaded() throws IOException {
        Path clipping = Files.writeString(temp.resolve("short.txt"), "Talks\n\nJoe Biden met Angela Merkel in Berlin.\n");
        Function<Set<FactKind>, Extraction> slowLoad = kinds -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new Extraction(kinds);
        };
        List<Document> written = run(loadingWith(slowLoad, ClippingReader.DEFAULT_MAX_CHARS, new byte[0], Duration.ofSeconds(2)),
                List.of(new Input(clipping.toString(), clipping)));
        assertEquals(List.of("joe-biden", "angela-merkel"), written.get(0).people().stream().map(Person::id).toList());
    }

    @Test
    void clippingsRefusedUnreadNeverLoadThePipeline() throws IOException {
        Path emptyFile = Files.write(temp.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(temp.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1});
        Path tooLong = Files.writeString(temp.resolve("long.txt"), "word ".repeat(10));
        AtomicBoolean loaded = new AtomicBoolean();
        Function<Set<FactKind>, Extraction> watched = kinds -> {
            loaded.set(true);
            return new Extraction(kinds);
        };
        List<String> failures = new ArrayList<>();
        List<Input> inputs = List.of(new Input(emptyFile.toString(), emptyFile), new Input(binary.toString(), binary),
                new Input(tooLong.toString(), tooLong), Input.standardInput());
        loadingWith(watched, 20, new byte[] {0, 1, 2, 3}, Duration.ofMinutes(1)).run(inputs, new DocumentWriter() {
            @Override
            public void write(Document document) {
                throw new AssertionError(document.source());
            }

            @Override
            public void finish() {
            }
        }, (source, reason, cause) -> failures.add(source + ": " + reason), ExtractRun.Progress.NONE);
        assertEquals(List.of(emptyFile + ": empty file", binary + ": binary file, not text",
                tooLong + ": too long: 50 characters, more than --max-chars 20", "-: binary file, not text"), failures);
        assertFalse(loaded.get(), "CoreNLP was not loaded for clippings refused unread");
    }

    @Test
    void aCacheEntryGetsTheUmasksModeAndOneThatCannotBeWrittenStopsCachingNotTheRun() throws IOException {
        Path probe = temp.resolve("probe");
        try (OutputStream created = Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW)) {
            // the mode this process gives a new file: 0666 less its umask
        }
        Path directory = temp.resolve("cache");
        ResultCache cache = new ResultCache(directory);
        Document document = new Document("a.txt", "00", null, List.of(), List.of(), List.of(), List.of(), List.of());
        cache.put("00", ResultCache.options(PEOPLE, null), document);
        try (Stream<Path> files = Files.walk(directory)) {
            Path entry = files.filter(file -> file.toString().endsWith(".json")).findFirst().orElseThrow();
            assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(entry));
        }

        Path blocked = Files.writeString(temp.resolve("not-a-directory"), "");
        ResultCache unwritable = new ResultCache(blocked.resolve("cache"));
        Path clipping = Files.writeString(temp.resolve("short.txt"), "Talks\n\nJoe Biden met Angela Merkel in Berlin.\n");
        List<Document> written = run(extractRun(1, unwritable), List.of(new Input(clipping.toString(), clipping)));
        assertEquals(1, written.size(), "the document is written though its cache entry is not");
        assertTrue(unwritable.writeFailure().isPresent());
        assertEquals(blocked.resolve("cache").toString(), unwritable.writeFailure().get().target());
    }

    @Test
    void aClippingThatIgnoresItsInterruptDoesNotHoldUpTheNext() {
        AtomicBoolean released = new AtomicBoolean();
        Processor stuckOnFirst = new Processor() {
            @Override
            public Outcome process(String source, ClippingProcessor.Bytes bytes) {
                while (source.equals("stuck") && !released.get()) {
                    Thread.onSpinWait();
                }
                return Outcome.failed(source, "done");
            }

            @Override
            public Outcome process(String source, ClippingProcessor.Bytes bytes, java.time.LocalDate referenceDate) {
                return process(source, bytes);
            }
        };
        ExtractRun run = new ExtractRun(stuckOnFirst, input -> new byte[0], 1, Duration.ofMillis(300));
        try (ExtractRun.Outcomes outcomes = run.outcomes(List.of(new Input("stuck", null), new Input("next", null)).iterator())) {
            assertEquals("took longer than --timeout-per-file 0 s: abandoned", outcomes.next().failure());
            assertEquals("done", outcomes.next().failure(), "the next clipping ran on a thread of its own");
            assertFalse(outcomes.hasNext());
        } finally {
            released.set(true);
        }
    }
}
