package org.clipfacts.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NerImageTest {
    @TempDir
    Path temp;

    @Test
    void coreNlpReadsTheCachedFormAsTheModelItself() throws Exception {
        String image = NerImage.model(new ModelCache(temp));
        assertNotEquals(NerImage.MODEL, image);
        Properties properties = new Properties();
        CRFClassifier<CoreLabel> original = CRFClassifier.getClassifier(NerImage.MODEL, properties);
        CRFClassifier<CoreLabel> read = CRFClassifier.getClassifier(image, properties);

        Index<String> expected = field(original, "featureIndex");
        Index<String> actual = field(read, "featureIndex");
        assertEquals(expected.objectsList(), actual.objectsList());
        assertEquals(expected.isLocked(), actual.isLocked());
        assertEquals(expected.indexOf("NOSUCHFEATURE"), actual.indexOf("NOSUCHFEATURE"));
        assertTrue(actual.size() > 100_000, "the whole index: " + actual.size());
        assertArrayEquals((float[][]) field(original, "weights"), field(read, "weights"));

        String text = "Prosecutor Jane McAllister told the court in Glasgow that Acme Holdings paid Tom Brady.";
        assertEquals(original.classifyToString(text), read.classifyToString(text));
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(CRFClassifier<CoreLabel> classifier, String name) throws ReflectiveOperationException {
        Field field = CRFClassifier.class.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(classifier);
    }
}
