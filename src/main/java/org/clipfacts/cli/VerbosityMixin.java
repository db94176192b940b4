package org.clipfacts.cli;

import picocli.CommandLine.Option;

/** How much goes to stderr: errors always, warnings unless {@code --quiet}, CoreNLP's log and stack traces with {@code --verbose}. */
final class VerbosityMixin {
    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's log lines and stack traces of errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors on stderr, no warnings.")
    boolean quiet;
}
