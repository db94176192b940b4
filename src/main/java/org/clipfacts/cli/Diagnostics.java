package org.clipfacts.cli;

import org.clipfacts.input.InputFiles;

import java.io.PrintStream;
import java.util.function.Consumer;

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
        err.println(printable("clipfacts: " + source + ": " + reason));
        if (verbose && cause != null) {
            cause.printStackTrace(err);
        }
    }

    /** Paths that yield no clipping: each failure an error line, passed on to {@code unusable}; each file skipped a warning. */
    InputFiles.Problems inputProblems(Consumer<String> unusable) {
        return new InputFiles.Problems() {
            @Override
            public void failed(String source, String reason) {
                error(source, reason, null);
                unusable.accept(source);
            }

            @Override
            public void skipped(String source, String reason) {
                warning(source, reason);
            }
        };
    }

    /** The one-line account of a run, with {@code --verbose}. */
    void summary(String line) {
        if (verbose) {
            err.println("clipfacts: " + line);
        }
    }

    void warning(String source, String message) {
        if (!quiet) {
            err.println(printable("clipfacts: " + source + ": warning: " + message));
        }
    }

    /**
     * The text with what would break or disguise its line escaped: control characters as {@code \n},
     * {@code \t}, {@code \r} or {@code \xHH}; line separators and bidirectional
     * overrides as a backslash, u and four hex digits.
     * A file name with a newline stays on its one line.
     */
    static String printable(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        escaped.append(String.format("\\x%02x", c));
                    } else if (c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
                        escaped.append(String.format("\\u%04x", c));
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
