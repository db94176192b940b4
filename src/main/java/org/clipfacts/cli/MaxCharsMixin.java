package org.clipfacts.cli;

import org.clipfacts.article.ClippingReader;
import picocli.CommandLine.Option;

/** {@code --max-chars}: the longest clipping read; a log file with a .txt name is refused, not annotated for hours. */
final class MaxCharsMixin {
    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ClippingReader.DEFAULT_MAX_CHARS, converter = PositiveIntegerConverter.class,
            description = "Refuse clippings longer than N characters (default: ${DEFAULT-VALUE}).")
    int maxChars;
}
