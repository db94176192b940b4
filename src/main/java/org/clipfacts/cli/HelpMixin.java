package org.clipfacts.cli;

import picocli.CommandLine.Option;

/** {@code --help} and {@code --version}, on every command. */
final class HelpMixin {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;
}
