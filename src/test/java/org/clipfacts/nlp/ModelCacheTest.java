package org.clipfacts.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelCacheTest {
    /** Any small resource of the models jar stands for the model the binary form is made from. */
    private static final String RESOURCE = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger.props";
    private static final String NAME = "test-model";

    @TempDir
    Path temp;

    private final AtomicInteger loads = new AtomicInteger();
    private String resource = RESOURCE;

    /** A model of a few matrices, standing in for the parser's. */
    private record Model(String name, float[][] weights, double[] activations, List<Integer> ids) {
        static Model sample() {
            return new Model("tiny", new float[][] {{1.5f, -2.25f}, {Float.MIN_VALUE, 3e38f}},
                    new double[] {Math.PI, -0.0, Double.MAX_VALUE}, List.of(7, 1, 42));
        }

        void assertSame(Model other) {
            assertEquals(name, other.name);
            assertArrayEquals(weights, other.weights);
            assertArrayEquals(activations, other.activations);
            assertEquals(ids, other.ids);
        }
    }

    private Model load(ModelCache cache) {
        return cache.load(NAME, resource, in -> {
            Model model = new Model(in.readString(), in.readFloatRows(), in.readDoubles(), in.readInts());
            if (!in.atEnd()) {
                throw new IOException("trailing bytes");
            }
            return model;
        }, () -> {
            loads.incrementAndGet();
            return Model.sample();
        }, (model, out) -> {
            out.writeString(model.name());
            out.writeFloatRows(model.weights());
            out.writeDoubles(model.activations());
            out.writeInts(model.ids());
        });
    }

    private Path file() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), "one file, no temporary left behind: " + all);
            return all.get(0);
        }
    }

    @Test
    void aModelIsLoadedOnceAndReadFromItsBinaryFormAfter() throws IOException {
        ModelCache cache = new ModelCache(temp);
        Model.sample().assertSame(load(cache));
        Model.sample().assertSame(load(cache));
        assertEquals(1, loads.get());
        assertTrue(file().getFileName().toString().startsWith(NAME + "-corenlp-" + ModelCache.coreNlpVersion()));
    }

    @Test
    void aCorruptOrTornFileIsMadeAgain() throws IOException {
        ModelCache cache = new ModelCache(temp);
        load(cache);
        Path file = file();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        Model.sample().assertSame(load(cache));
        assertEquals(2, loads.get());

        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), bytes.length - 20));
        Model.sample().assertSame(load(cache));
        assertEquals(3, loads.get());
        Model.sample().assertSame(load(cache));
        assertEquals(3, loads.get(), "the remade file is used");
    }

    @Test
    void aFileMadeFromAnotherModelIsMadeAgain() throws IOException {
        ModelCache cache = new ModelCache(temp);
        resource = "edu/stanford/nlp/models/ner/english.all.3class.distsim.prop";
        load(cache);
        resource = RESOURCE;
        Model.sample().assertSame(load(cache));
        assertEquals(2, loads.get());
        file();
    }

    @Test
    void processesMakingOneFileAtOnceEachGetTheModel() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Model>> made = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Model> loading = () -> load(new ModelCache(temp));
                made.add(pool.submit(loading));
            }
            for (Future<Model> model : made) {
                Model.sample().assertSame(model.get());
            }
        } finally {
            pool.shutdownNow();
        }
        file();
        int before = loads.get();
        load(new ModelCache(temp));
        assertEquals(before, loads.get());
    }

    @Test
    void aDirectoryThatCannotBeWrittenOnlyCostsTheSpeedUp() throws IOException {
        Path notADirectory = Files.writeString(temp.resolve("file"), "x");
        Model.sample().assertSame(load(new ModelCache(notADirectory.resolve("models"))));
        Model.sample().assertSame(load(new ModelCache(null)));
        assertEquals(2, loads.get());
    }

    private Path libraryFile(ModelCache cache) {
        return cache.file(NAME, resource, out -> {
            loads.incrementAndGet();
            out.write("model bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    @Test
    void aFileTheLibraryReadsBeginsWithTheModelAndIsMadeOnceUnlessCorrupt() throws IOException {
        ModelCache cache = new ModelCache(temp);
        Path made = libraryFile(cache);
        assertEquals(made, libraryFile(cache));
        assertEquals(1, loads.get());
        assertEquals("model bytes", new String(Files.readAllBytes(made), 0, 11, java.nio.charset.StandardCharsets.UTF_8));

        byte[] bytes = Files.readAllBytes(made);
        bytes[3] ^= 1;
        Files.write(made, bytes);
        assertEquals(made, libraryFile(cache));
        assertEquals(2, loads.get());

        resource = "edu/stanford/nlp/models/ner/english.all.3class.distsim.prop";
        libraryFile(cache);
        assertEquals(3, loads.get(), "made again for another model");
        file();
        assertNull(libraryFile(new ModelCache(null)));
    }

    @Test
    void theDirectoryIsChosenByTheEnvironment() {
        assertEquals(Path.of("/x/models"), ModelCache.standardDirectory(Map.of(ModelCache.DIRECTORY_VARIABLE, "/x/models")));
        assertNull(ModelCache.standardDirectory(Map.of(ModelCache.DIRECTORY_VARIABLE, "off")));
        assertEquals(Path.of("/c/clipfacts/models"), ModelCache.standardDirectory(Map.of("XDG_CACHE_HOME", "/c")));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "clipfacts", "models"), ModelCache.standardDirectory(Map.of()));
    }

    @Test
    void aMissingModelIsNamed() {
        try {
            ModelCache.key("no/such/model.gz");
            throw new AssertionError("no error");
        } catch (UncheckedIOException e) {
            assertTrue(e.getMessage().contains("no/such/model.gz"));
        }
    }
}
