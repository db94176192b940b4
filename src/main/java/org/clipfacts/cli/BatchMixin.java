package org.clipfacts.cli;

import org.clipfacts.corpus.ResultCache;
import org.clipfacts.output.OutputFailedException;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --threads} and {@code --cache}: how a run over many clippings uses the machine and earlier work. */
final class BatchMixin {
    @Option(names = {"-j", "--threads"}, paramLabel = "N", converter = PositiveIntegerConverter.class,
            description = "Worker threads sharing one pipeline (default: one per core).")
    int threads;

    @Option(names = "--cache", paramLabel = "DIR", converter = OutputFileConverter.Directory.class,
            description = "Keep results in DIR, keyed by each file's SHA-256, the version and the options; a re-run skips unchanged files. Delete DIR to clear it.")
    Path cache;

    /** The cache of this run, once opened. */
    private ResultCache opened;

    int threads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    ResultCache cache() {
        opened = cache == null ? null : new ResultCache(cache);
        return opened;
    }

    /** After a run: an entry that could not be written is an output error, though every document was written. */
    void checkCacheWritten() throws OutputFailedException {
        if (opened != null && opened.writeFailure().isPresent()) {
            throw opened.writeFailure().get();
        }
    }
}
