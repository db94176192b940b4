package org.clipfacts.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The NER model as {@link ModelCache} keeps it: the same Java-serialization stream CoreNLP reads, uncompressed,
 * with the feature index (most of the model's objects, three quarters of its load time in a JFR profile) as
 * one block of UTF-8 that reads back as the {@link HashIndex} it was. CoreNLP loads the file itself, with the
 * pipeline's properties, so the classifier is the one it loads from its own model.
 */
final class NerImage {
    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private NerImage() {
    }

    /** The path to give CoreNLP as the NER model: the cached form, or the model itself when there is none. */
    static String model(ModelCache models) {
        Path file = models.file("ner-english.all.3class.distsim", MODEL, NerImage::write);
        return file == null ? MODEL : file.toString();
    }

    /** Loads the model as it was trained (no pipeline properties applied) and writes its stream. */
    static void write(OutputStream out) throws IOException {
        CRFClassifier<CoreLabel> classifier;
        try {
            classifier = CRFClassifier.getClassifier(MODEL, new Properties());
        } catch (ClassNotFoundException e) {
            throw new IOException("cannot load " + MODEL, e);
        }
        Index<String> features = featureIndex(classifier);
        ObjectOutputStream stream = new ObjectOutputStream(out) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object object) {
                return object == features ? new StringIndex(features) : object;
            }
        };
        classifier.serializeClassifier(stream);
        stream.flush();
    }

    @SuppressWarnings("unchecked")
    private static Index<String> featureIndex(CRFClassifier<CoreLabel> classifier) throws IOException {
        try {
            Field field = CRFClassifier.class.getDeclaredField("featureIndex");
            field.setAccessible(true);
            return (Index<String>) field.get(classifier);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IOException("CRFClassifier has no readable featureIndex in this CoreNLP", e);
        }
    }

    /** An index of strings in the stream, replaced by a {@link HashIndex} of the same strings in the same order when read. */
    private static final class StringIndex implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private transient List<String> strings;
        private transient boolean locked;

        StringIndex(Index<String> index) {
            this.strings = index.objectsList();
            this.locked = index.isLocked();
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            int[] lengths = new int[strings.size()];
            List<byte[]> encoded = new ArrayList<>(strings.size());
            int total = 0;
            for (int i = 0; i < lengths.length; i++) {
                byte[] bytes = strings.get(i).getBytes(StandardCharsets.UTF_8);
                encoded.add(bytes);
                lengths[i] = bytes.length;
                total = Math.addExact(total, bytes.length);
            }
            byte[] all = new byte[total];
            int at = 0;
            for (byte[] bytes : encoded) {
                System.arraycopy(bytes, 0, all, at, bytes.length);
                at += bytes.length;
            }
            out.writeBoolean(locked);
            out.writeObject(lengths);
            out.writeObject(all);
        }

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            locked = in.readBoolean();
            int[] lengths = (int[]) in.readObject();
            byte[] all = (byte[]) in.readObject();
            strings = new ArrayList<>(lengths.length);
            int at = 0;
            for (int length : lengths) {
                strings.add(new String(all, at, length, StandardCharsets.UTF_8));
                at += length;
            }
            if (at != all.length) {
                throw new InvalidObjectException("feature index lengths do not add up");
            }
        }

        @Serial
        private Object readResolve() throws InvalidObjectException {
            HashIndex<String> index = new HashIndex<>(strings);
            if (index.size() != strings.size()) {
                throw new InvalidObjectException("feature index has repeated strings");
            }
            if (locked) {
                index.lock();
            }
            return index;
        }
    }
}
