package org.clipfacts.nlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

import java.io.PrintStream;

/**
 * CoreNLP logs every model it loads to stderr; users see those lines only with {@code --verbose}.
 * Applying a Redwood configuration also resets System.out and System.err to the streams Redwood first
 * saw, so the streams in place are kept (a caller may have redirected them).
 */
public final class NlpLogging {
    private NlpLogging() {
    }

    public static void configure(boolean verbose) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (verbose) {
            RedwoodConfiguration.standard().apply();
        } else {
            RedwoodConfiguration.current().clear().apply();
        }
        System.setOut(out);
        System.setErr(err);
    }
}
