package org.clipfacts.cli;

import java.io.PrintStream;

/** One line on stderr per problem, naming the file; a stack trace only with {@code --verbose}. */
final class Diagnostics {
    private final PrintStream err;
    private final boolean verbose;
    private final boolean quiet;

    Diagnostics(PrintStream err, VerbosityMixin verbosity) {
        this.err = err;
        this.verbose = verbosity.verbose;
        this.quiet = verbosity.quiet;
    }

    void error(String source, String reason, Exception cause) {
        err.println("clipfacts: " + source + ": " + reason);
        if (verbose && cause != null) {
            cause.printStackTrace(err);
        }
    }

    /** The one-line account of a run, with {@code --verbose}. */
    void summary(String line) {
        if (verbose) {
            err.println("clipfacts: " + line);
        }
    }

    void warning(String source, String message) {
        if (!quiet) {
            err.println("clipfacts: " + source + ": warning: " + message);
        }
    }
}
