package org.clipfacts.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

class ParserImageTest {
    @TempDir
    Path temp;

    @Test
    void aParserReadFromItsBinaryFormIsTheLoadedOne() throws Exception {
        DependencyParser loaded = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        ModelCache cache = new ModelCache(temp);
        cache.load("depparse-test", DependencyParser.DEFAULT_MODEL, ParserImage::decode, () -> loaded, ParserImage::encode);
        DependencyParser read = cache.load("depparse-test", DependencyParser.DEFAULT_MODEL, ParserImage::decode,
                () -> { throw new AssertionError("the binary form was not used"); }, ParserImage::encode);
        assertNotSame(loaded, read);

        Classifier expected = field(loaded, DependencyParser.class, "classifier");
        Classifier actual = field(read, DependencyParser.class, "classifier");
        assertArrayEquals(expected.getE(), actual.getE());
        assertArrayEquals(expected.getW1(), actual.getW1());
        assertArrayEquals(expected.getb1(), actual.getb1());
        assertArrayEquals(expected.getW2(), actual.getW2());
        assertArrayEquals((double[][]) field(expected, Classifier.class, "saved"), field(actual, Classifier.class, "saved"));
        for (String vocabulary : List.of("knownWords", "knownPos", "knownLabels", "wordIDs", "posIDs", "labelIDs", "preComputed")) {
            assertEquals((Object) field(loaded, DependencyParser.class, vocabulary), field(read, DependencyParser.class, vocabulary), vocabulary);
        }

        List<CoreLabel> sentence = tagged("The/DT prosecutor/NN said/VBD he/PRP faces/VBZ 18/CD counts/NNS of/IN espionage/NN ./.");
        assertEquals(loaded.predict(sentence).typedDependencies().toString(), read.predict(sentence).typedDependencies().toString());
    }

    private static List<CoreLabel> tagged(String text) {
        return java.util.Arrays.stream(text.split(" ")).map(token -> {
            int slash = token.lastIndexOf('/');
            CoreLabel label = new CoreLabel();
            TaggedWord word = new TaggedWord(token.substring(0, slash), token.substring(slash + 1));
            label.setWord(word.word());
            label.setValue(word.word());
            label.setTag(word.tag());
            return label;
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object target, Class<?> owner, String name) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(target);
    }
}
