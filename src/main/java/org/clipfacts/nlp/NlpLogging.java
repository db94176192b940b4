package org.clipfacts.nlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/** CoreNLP logs every model it loads to stderr; users see those lines only with {@code --verbose}. */
public final class NlpLogging {
    private NlpLogging() {
    }

    public static void configure(boolean verbose) {
        if (verbose) {
            RedwoodConfiguration.standard().apply();
        } else {
            RedwoodConfiguration.current().clear().apply();
        }
    }
}
