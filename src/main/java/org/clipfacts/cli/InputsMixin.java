package org.clipfacts.cli;

import org.clipfacts.input.InputFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** The clippings to read: files, directories, {@code -} for standard input; each command says what no PATH means. */
final class InputsMixin {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Clipping files or directories (searched recursively), or '-' for standard input.")
    List<String> paths = List.of();

    @Option(names = "--glob", paramLabel = "GLOB", defaultValue = InputFiles.DEFAULT_GLOB,
            description = "File names to read in directories (default: ${DEFAULT-VALUE}).")
    String glob;
}
