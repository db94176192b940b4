package org.clipfacts.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link GazetteerTagger} against CoreNLP's TokensRegexNER annotator, with the settings clipfacts used it with. */
class GazetteerTaggerTest {
    /**
     * Lines that overlap, nest, repeat one another (with a higher and a lower priority), use regular
     * expressions and a bracket token. Lines of one length never share their longest plain word: CoreNLP
     * orders such lines by identity hash codes, so which of two overlapping ones wins varies from run to run.
     */
    private static final String LINES = String.join("\n",
            "chief executive\tTITLE\tMISC\t1",
            "chief executive officer\tTITLE\tMISC\t1",
            "the chief\tTITLE\tMISC\t0",
            "prime minister\tTITLE\tMISC\t1",
            "deputy prime\tTITLE\tMISC\t1",
            "minister\tTITLE\tMISC\t2",
            "wire fraud\tCRIMINAL_CHARGE\tMISC\t1",
            "fraud\tCRIMINAL_CHARGE",
            "attempted murder\tCRIMINAL_CHARGE\tMISC,PERSON\t1",
            "u.s. attorney\tTITLE\tMISC\t1",
            "attorney general\tTITLE\tMISC\t1.5",
            "MINISTER\tTITLE\tMISC\t2.5",
            "attempted wire\tCRIMINAL_CHARGE\tMISC\t1",
            "Chief Executive\tTITLE\tMISC\t0.5",
            "(?:gen|gov)\\.?\tTITLE\tMISC\t1",
            "-LRB- acting\tTITLE\tMISC\t1") + "\n";
    /** Words and runs of words that bring up overlapping lines. */
    private static final String[] PIECES = {"chief", "Chief", "executive", "EXECUTIVE", "officer", "the", "prime", "Prime",
            "minister", "MINISTER", "deputy", "wire", "fraud", "attempted", "murder", "U.S.", "US", "attorney", "general",
            "gen", "Gov.", "govs", "-LRB-", "acting", "said", "Smith", "of", "attempted wire fraud", "deputy prime minister",
            "the chief executive officer", "U.S. attorney general", "-LRB- acting", "fraud said attempted wire fraud"};
    private static final String[] LABELS = {"O", "O", "PERSON", "ORGANIZATION", "LOCATION", "MISC"};

    @TempDir
    Path temp;

    @Test
    void labelsWhatTokensRegexNerLabelsInRandomSentences() throws IOException {
        Path mapping = temp.resolve("gazetteer.tab");
        Files.writeString(mapping, LINES, StandardCharsets.UTF_8);
        Properties properties = new Properties();
        properties.setProperty("regexner.mapping", mapping.toString());
        properties.setProperty("regexner.ignorecase", "true");
        TokensRegexNERAnnotator coreNlp = new TokensRegexNERAnnotator("regexner", properties);
        GazetteerTagger tagger = new GazetteerTagger(LINES);
        Random random = new Random(20);
        for (int sentence = 0; sentence < 5000; sentence++) {
            List<CoreLabel> expected = randomSentence(random);
            List<CoreLabel> tagged = copy(expected);
            String before = labels(expected);
            coreNlp.annotate(annotation(expected));
            tagger.tag(tagged);
            assertEquals(labels(expected), labels(tagged), "tokens " + words(expected) + ", labels before " + before);
        }
    }

    @Test
    void refusesLinesItDoesNotFollow() {
        assertThrows(IllegalArgumentException.class, () -> new GazetteerTagger("( [ner:PERSON] ) president\tTITLE\n"));
        assertThrows(IllegalArgumentException.class, () -> new GazetteerTagger("Paris\tCITY\tLOCATION\t1\n"));
    }

    /** Up to 6 pieces; a label often runs on from the token before, as NER labels do. */
    private static List<CoreLabel> randomSentence(Random random) {
        List<CoreLabel> tokens = new ArrayList<>();
        String label = "O";
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            for (String word : PIECES[random.nextInt(PIECES.length)].split(" ")) {
                label = random.nextInt(3) == 0 ? label : LABELS[random.nextInt(LABELS.length)];
                tokens.add(token(word, label));
            }
        }
        return tokens;
    }

    private static CoreLabel token(String word, String label) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.setOriginalText(word);
        token.setNER(label);
        return token;
    }

    private static List<CoreLabel> copy(List<CoreLabel> tokens) {
        return tokens.stream().map(token -> token(token.word(), token.ner())).toList();
    }

    private static Annotation annotation(List<CoreLabel> tokens) {
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Annotation annotation = new Annotation(words(tokens));
        annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        return annotation;
    }

    private static String words(List<CoreLabel> tokens) {
        return String.join(" ", tokens.stream().map(CoreLabel::word).toList());
    }

    private static String labels(List<CoreLabel> tokens) {
        return String.join(" ", tokens.stream().map(CoreLabel::ner).toList());
    }
}
