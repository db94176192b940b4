package org.clipfacts.cli;

import org.clipfacts.corpus.ExtractRun;
import org.clipfacts.model.FactKind;
import picocli.CommandLine.Mixin;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the commands that extract a corpus here share (extract, check, evaluate, people): the options of
 * {@link ExtractingMixin}, the clippings (PATH, --glob) and the batch (--threads, --cache), and the run they make.
 */
final class CorpusRunMixin {
    @Mixin
    ExtractingMixin extracting;
    @Mixin
    InputsMixin inputs;
    @Mixin
    BatchMixin batch;

    VerbosityMixin verbosity() {
        return extracting.verbosity;
    }

    /** A run of these options extracting {@code facts}; {@code referenceDate} null: each clipping's own. */
    ExtractRun extractRun(Set<FactKind> facts, LocalDate referenceDate, InputStream stdin) {
        return new ExtractRun(extracting.reader(), facts, referenceDate, stdin, batch.threads(), batch.cache(),
                extracting.timeoutPerFile());
    }
}
