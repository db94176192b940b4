package org.clipfacts.cli;

import org.clipfacts.output.AtomicOutput;
import org.clipfacts.output.OutputFormat;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** {@code --format}, {@code --pretty} and {@code --output}: how and where results are written. */
final class FormatMixin {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            converter = FormatConverter.class,
            description = "Output format: json (one array), jsonl (one document per line) or csv (one row per fact). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--pretty", description = "Indent JSON output.")
    boolean pretty;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = OutputFileConverter.class,
            description = "Write to FILE (a regular file or a new one; '-': standard output) instead of standard output; the file appears only when complete.")
    Path output;

    AtomicOutput open() throws IOException {
        return output == null ? AtomicOutput.toStandardOutput() : AtomicOutput.toFile(output);
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a format: use json, jsonl or csv");
            }
        }
    }
}
