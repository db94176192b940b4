package org.clipfacts.cli;

import picocli.CommandLine.Option;

import java.time.Duration;

/** {@code --timeout-per-file}: one pathological clipping must not hold a worker for hours. */
final class TimeoutMixin {
    @Option(names = "--timeout-per-file", paramLabel = "SECONDS", defaultValue = "120", converter = PositiveIntegerConverter.class,
            description = "Abandon a clipping that takes longer than this (counted once CoreNLP is loaded), report it and go on (default: ${DEFAULT-VALUE}).")
    int timeoutPerFile;

    Duration timeoutPerFile() {
        return Duration.ofSeconds(timeoutPerFile);
    }
}
