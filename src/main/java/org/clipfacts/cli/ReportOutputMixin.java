package org.clipfacts.cli;

import org.clipfacts.output.AtomicOutput;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** {@code -o, --output FILE} of a command that writes one report: standard output, or a file that appears whole. */
final class ReportOutputMixin {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = OutputFileConverter.class,
            description = "Write to FILE (a regular file or a new one; '-': standard output) instead of standard output; the file appears only when complete.")
    Path output;

    AtomicOutput open() throws IOException {
        return output == null ? AtomicOutput.toStandardOutput() : AtomicOutput.toFile(output);
    }
}
