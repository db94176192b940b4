package org.clipfacts.cli;

import org.clipfacts.corpus.PeopleIndex;
import org.clipfacts.output.AtomicOutput;
import org.clipfacts.output.PeopleTable;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** {@code --people-index FILE}: the run's people, one entry per person across the batch, as JSON Lines. */
final class PeopleIndexMixin {
    @Option(names = "--people-index", paramLabel = "FILE", converter = OutputFileConverter.class,
            description = "Also write the people of the whole run to FILE, one JSON line per person (most mentioned first) "
                    + "with the articles naming them and each article's id for them.")
    Path peopleIndex;

    /** The index to fill during the run, or null without --people-index. */
    PeopleIndex index() {
        return peopleIndex == null ? null : new PeopleIndex();
    }

    void write(PeopleIndex index) throws IOException {
        if (index == null) {
            return;
        }
        try (AtomicOutput out = AtomicOutput.toFile(peopleIndex)) {
            PeopleTable.JSONL.write(index.entries(), out.stream());
            out.commit();
        }
    }
}
