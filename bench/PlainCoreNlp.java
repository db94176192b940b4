import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.clipfacts.nlp.NlpPipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Benchmark baseline: CoreNLP with no clipfacts code around it, annotating every clipping of a directory on
 * one thread. Not part of the product; run from the repository root with
 * {@code java -cp target/clipfacts.jar:<CoreNLP class path> bench/PlainCoreNlp.java default|clipfacts DIR [MAX_FILES]}.
 *
 * <p>{@code default} is CoreNLP's default pipeline with default properties. {@code clipfacts} takes the
 * annotator settings from {@link NlpPipeline#asOnePipeline()} (the jar's own), which runs {@code depparse} on
 * every sentence, where clipfacts parses only the sentences its quote and charge extractors look at.
 *
 * <p>Prints "name: value" lines; {@code bench/run.sh} reads them by name.
 */
public final class PlainCoreNlp {
    private static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || !(args[0].equals("default") || args[0].equals("clipfacts"))) {
            System.err.println("usage: PlainCoreNlp default|clipfacts DIR [MAX_FILES]");
            System.exit(2);
        }
        String mode = args[0];
        List<Path> clippings = clippingsIn(Path.of(args[1]), args.length == 3 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE);
        // CoreNLP logs every model it loads; the benchmark's output should be the figures alone.
        RedwoodConfiguration.errorLevel().apply();

        Properties properties = mode.equals("default") ? defaultProperties() : NlpPipeline.asOnePipeline();
        // Read before loading: CoreNLP folds ssplit into tokenize in the properties it is given.
        String annotators = properties.getProperty("annotators");
        long loadStart = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        double loadSeconds = secondsSince(loadStart);

        long tokens = 0;
        long annotateStart = System.nanoTime();
        for (Path clipping : clippings) {
            Annotation annotation = new Annotation(decode(Files.readAllBytes(clipping)));
            pipeline.annotate(annotation);
            tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        double seconds = secondsSince(annotateStart);

        System.out.printf("annotators: %s%n", annotators);
        System.out.printf("load seconds: %.1f%n", loadSeconds);
        System.out.printf("files: %d%n", clippings.size());
        System.out.printf("tokens: %d%n", tokens);
        System.out.printf("seconds: %.1f%n", seconds);
        System.out.printf("files/s: %.2f%n", clippings.size() / seconds);
        System.out.printf("tokens/s: %.0f%n", tokens / seconds);
    }

    private static Properties defaultProperties() {
        Properties properties = new Properties();
        properties.setProperty("annotators", DEFAULT_ANNOTATORS);
        return properties;
    }

    /** The directory's *.txt files (symbolic links followed) in name order, at most {@code limit} of them. */
    private static List<Path> clippingsIn(Path directory, int limit) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .limit(limit)
                    .toList();
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
