package org.clipfacts.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.TreebankLanguagePack;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A loaded dependency parser as {@link ModelCache} keeps it. CoreNLP's text model takes seconds to parse
 * (millions of decimal numbers) and the parser then precomputes the hidden-layer activations of its 20,000
 * most frequent features; the binary form holds the weight matrices and those activations as they are in
 * memory, so a parser read from it computes exactly what the loaded one does.
 *
 * <p>CoreNLP gives the parser's vocabulary, configuration and precomputed activations no accessors, so
 * they are read and set by reflection on the fields of CoreNLP 4.5.10 (the cache is keyed by that
 * version; a CoreNLP whose fields differ fails here and the model is loaded from its own format).
 */
final class ParserImage {
    private ParserImage() {
    }

    static void encode(DependencyParser parser, ModelOutput out) throws IOException {
        Config config = get(DependencyParser.class, parser, "config");
        Classifier classifier = get(DependencyParser.class, parser, "classifier");
        out.writeString(config.language.name());
        out.writeString(config.tlp.getClass().getName());
        out.writeInt(config.hiddenSize);
        out.writeInt(config.embeddingSize);
        out.writeStrings(get(DependencyParser.class, parser, "knownWords"));
        out.writeStrings(get(DependencyParser.class, parser, "knownPos"));
        out.writeStrings(get(DependencyParser.class, parser, "knownLabels"));
        out.writeInts(get(DependencyParser.class, parser, "preComputed"));
        out.writeFloatRows(classifier.getE());
        out.writeFloatRows(classifier.getW1());
        out.writeFloats(classifier.getb1());
        out.writeFloatRows(classifier.getW2());
        out.writeDoubleRows(get(Classifier.class, classifier, "saved"));
    }

    /** A parser as {@code DependencyParser.loadFromModelFile} gives it, with the default test-time properties. */
    static DependencyParser decode(ModelInput in) throws IOException {
        DependencyParser parser = new DependencyParser(new Properties());
        Config config = get(DependencyParser.class, parser, "config");
        config.language = Language.valueOf(in.readString());
        config.tlp = newLanguagePack(in.readString());
        config.hiddenSize = in.readInt();
        config.embeddingSize = in.readInt();
        List<String> knownWords = in.readStrings();
        List<String> knownPos = in.readStrings();
        List<String> knownLabels = in.readStrings();
        List<Integer> preComputed = in.readInts();
        float[][] embeddings = in.readFloatRows();
        float[][] hiddenWeights = in.readFloatRows();
        float[] hiddenBias = in.readFloats();
        float[][] outputWeights = in.readFloatRows();
        double[][] activations = in.readDoubleRows();
        if (!in.atEnd() || knownLabels.isEmpty()) {
            throw new IOException("not a parser model");
        }
        set(DependencyParser.class, parser, "knownWords", knownWords);
        set(DependencyParser.class, parser, "knownPos", knownPos);
        set(DependencyParser.class, parser, "knownLabels", knownLabels);
        call(DependencyParser.class, parser, "generateIDs");
        set(DependencyParser.class, parser, "preComputed", preComputed);
        Classifier classifier = new Classifier(config, embeddings, hiddenWeights, hiddenBias, outputWeights, preComputed);
        set(Classifier.class, classifier, "saved", activations);
        set(DependencyParser.class, parser, "classifier", classifier);
        // As the parser's own initialization, but with the activations read rather than computed.
        List<String> labels = new ArrayList<>(knownLabels);
        labels.remove(0);
        set(DependencyParser.class, parser, "system", new ArcStandard(config.tlp, labels, false));
        return parser;
    }

    private static TreebankLanguagePack newLanguagePack(String className) throws IOException {
        try {
            return (TreebankLanguagePack) Class.forName(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IOException("unknown language pack " + className, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Class<?> owner, Object target, String name) throws IOException {
        try {
            return (T) field(owner, name).get(target);
        } catch (IllegalAccessException e) {
            throw new IOException("cannot read " + owner.getSimpleName() + "." + name, e);
        }
    }

    private static void set(Class<?> owner, Object target, String name, Object value) throws IOException {
        try {
            field(owner, name).set(target, value);
        } catch (IllegalAccessException e) {
            throw new IOException("cannot set " + owner.getSimpleName() + "." + name, e);
        }
    }

    private static void call(Class<?> owner, Object target, String name) throws IOException {
        try {
            Method method = owner.getDeclaredMethod(name);
            method.setAccessible(true);
            method.invoke(target);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IOException("cannot call " + owner.getSimpleName() + "." + name, e);
        }
    }

    private static Field field(Class<?> owner, String name) throws IOException {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IOException(owner.getSimpleName() + " has no field " + name + " in this CoreNLP", e);
        }
    }
}
