package org.clipfacts.cli;

import org.clipfacts.corpus.ResultCache;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --threads} and {@code --cache}: how a run over many clippings uses the machine and earlier work. */
final class BatchMixin {
    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Worker threads sharing one pipeline (default: one per core).")
    int threads;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep results in DIR, keyed by each file's SHA-256, the version and the options; a re-run skips unchanged files. Delete DIR to clear it.")
    Path cache;

    int threads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    ResultCache cache() {
        return cache == null ? null : new ResultCache(cache);
    }
}
