package org.clipfacts.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.Redwood;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * Binary forms of CoreNLP models whose own format is slow to read, made on first use and kept in a
 * per-user directory: {@code $CLIPFACTS_MODEL_CACHE}, else {@code $XDG_CACHE_HOME/clipfacts/models}, else
 * {@code ~/.cache/clipfacts/models}; {@code CLIPFACTS_MODEL_CACHE=off} keeps none.
 *
 * <p>A file is named by the model and the CoreNLP version, and begins with a key naming the model's
 * resource, its size and checksum in the models jar; it ends with a CRC32C of everything before it. One
 * whose key or checksum does not match (another model, a torn or corrupt file) is made again from the
 * model. A model its own library reads from a file (the NER model, see {@link NerImage}) keeps the key and
 * checksum after the model's bytes instead. Files are written beside their place and renamed into it, so two processes making one at once
 * each write a whole file and a reader never sees half of one. A directory that cannot be written only
 * costs the speed-up.
 */
final class ModelCache {
    static final String DIRECTORY_VARIABLE = "CLIPFACTS_MODEL_CACHE";
    private static final Redwood.RedwoodChannels LOG = Redwood.channels(ModelCache.class);
    private static final long MAGIC = 0x434c495046414354L; // "CLIPFACT"
    private static final int FORMAT = 1;
    private static final int WRITE_BUFFER = 1 << 20;

    /** Reads a model from its binary form; a form it cannot use throws (any exception), and is made again. */
    interface Decoder<T> {
        T decode(ModelInput in) throws IOException;
    }

    /** Writes a loaded model's binary form. */
    interface Encoder<T> {
        void encode(T model, ModelOutput out) throws IOException;
    }

    private final Path directory;

    ModelCache(Path directory) {
        this.directory = directory;
    }

    /** The cache in the user's directory (see the class comment), or one that keeps nothing. */
    static ModelCache standard() {
        return new ModelCache(standardDirectory(System.getenv()));
    }

    /** Null when the cache is turned off. */
    static Path standardDirectory(Map<String, String> environment) {
        String chosen = environment.get(DIRECTORY_VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            return chosen.equals("off") ? null : Path.of(chosen);
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("clipfacts").resolve("models");
    }

    /**
     * The model from its binary form when that is there and intact, else {@code load}ed from the model's own
     * format, with its binary form written for the next process.
     */
    <T> T load(String name, String resource, Decoder<T> decoder, Supplier<T> load, Encoder<T> encoder) {
        if (directory == null) {
            return load.get();
        }
        String key = key(resource);
        Path file = directory.resolve(name + "-corenlp-" + coreNlpVersion() + ".bin");
        T cached = read(file, key, decoder);
        if (cached != null) {
            return cached;
        }
        T model = load.get();
        write(file, key, model, encoder);
        return model;
    }

    private static <T> T read(Path file, String key, Decoder<T> decoder) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < Long.BYTES * 2 || size > Integer.MAX_VALUE) {
                throw new IOException("not a model file");
            }
            ByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            CRC32C crc = new CRC32C();
            crc.update(bytes.slice(0, (int) size - Long.BYTES));
            if (bytes.getLong((int) size - Long.BYTES) != crc.getValue()) {
                throw new IOException("checksum mismatch");
            }
            ModelInput in = new ModelInput(bytes.limit((int) size - Long.BYTES));
            if (in.readLong() != MAGIC || in.readInt() != FORMAT || !key.equals(in.readString())) {
                throw new IOException("made for another model or version");
            }
            T model = decoder.decode(in);
            LOG.info("Read " + file);
            return model;
        } catch (NoSuchFileException absent) {
            return null;
        } catch (Exception unusable) {
            LOG.info("Making " + file + " again: " + unusable);
            return null;
        }
    }

    /**
     * A file in the model's own format that its library reads itself, made by {@code writer} on first use;
     * null when the cache is off or the file cannot be made. The library stops reading where the model ends,
     * so the key and the checksum follow the model's bytes: key, its length, the magic number, CRC32C.
     */
    Path file(String name, String resource, StreamWriter writer) {
        if (directory == null) {
            return null;
        }
        String key = key(resource);
        Path file = directory.resolve(name + "-corenlp-" + coreNlpVersion() + ".ser");
        if (isIntact(file, key)) {
            return file;
        }
        boolean written = write(file, channel -> {
            CRC32C crc = new CRC32C();
            DataOutputStream out = new DataOutputStream(new CheckedOutputStream(
                    new BufferedOutputStream(Channels.newOutputStream(channel), WRITE_BUFFER), crc));
            writer.write(out);
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            out.write(keyBytes);
            out.writeInt(keyBytes.length);
            out.writeLong(MAGIC);
            out.flush();
            out.writeLong(crc.getValue());
            out.flush();
        });
        return written ? file : null;
    }

    /** Writes a model in its library's own format, without closing the stream. */
    interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    private static boolean isIntact(Path file, String key) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int trailer = Integer.BYTES + Long.BYTES * 2;
            if (size < trailer || size > Integer.MAX_VALUE) {
                throw new IOException("not a model file");
            }
            ByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            CRC32C crc = new CRC32C();
            crc.update(bytes.slice(0, (int) size - Long.BYTES));
            int keyLength = bytes.getInt((int) size - trailer);
            if (bytes.getLong((int) size - Long.BYTES) != crc.getValue() || bytes.getLong((int) size - Long.BYTES * 2) != MAGIC
                    || keyLength < 0 || keyLength > size - trailer) {
                throw new IOException("checksum mismatch");
            }
            byte[] stored = new byte[keyLength];
            bytes.get((int) size - trailer - keyLength, stored);
            if (!key.equals(new String(stored, StandardCharsets.UTF_8))) {
                throw new IOException("made for another model or version");
            }
            return true;
        } catch (NoSuchFileException absent) {
            return false;
        } catch (IOException | RuntimeException unusable) {
            LOG.info("Making " + file + " again: " + unusable);
            return false;
        }
    }

    private static <T> void write(Path file, String key, T model, Encoder<T> encoder) {
        write(file, channel -> {
            ModelOutput out = new ModelOutput(channel, WRITE_BUFFER);
            out.writeLong(MAGIC);
            out.writeInt(FORMAT);
            out.writeString(key);
            encoder.encode(model, out);
            out.finish();
        });
    }

    private interface ChannelWriter {
        void write(FileChannel channel) throws IOException;
    }

    /** Writes beside the file and renames into it; false (with a warning) when the directory cannot be written. */
    private static boolean write(Path file, ChannelWriter contents) {
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                contents.write(channel);
                channel.force(false);
            }
            move(temporary, file);
            LOG.info("Wrote " + file);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot keep a binary model in " + file.getParent() + ": " + e);
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more to do: the directory could not be written in the first place
                }
            }
            return false;
        }
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The resource's name, size and checksum in its jar (or size and time as a file): a new model changes it. */
    static String key(String resource) {
        URL url = ModelCache.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new UncheckedIOException(new IOException(resource + " is not on the class path: is the CoreNLP models jar missing?"));
        }
        try {
            URLConnection connection = url.openConnection();
            String identity;
            if (connection instanceof JarURLConnection jar) {
                connection.setUseCaches(false);
                JarEntry entry = jar.getJarEntry();
                identity = "size=" + entry.getSize() + " crc=" + Long.toHexString(entry.getCrc());
                jar.getJarFile().close();
            } else {
                identity = "size=" + connection.getContentLengthLong() + " time=" + connection.getLastModified();
            }
            return resource + " " + identity + " corenlp=" + coreNlpVersion();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String coreNlpVersion() {
        String version = StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
