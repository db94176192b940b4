package org.clipfacts.spark;

import org.clipfacts.model.FactKind;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the Spark job reads, where it writes and what it extracts; shipped to every executor.
 *
 * @param input         a Hadoop path or glob, local or remote; directories are read recursively
 * @param output        a directory that must not exist yet
 * @param referenceDate null to resolve against each clipping's own date, as the command line does
 * @param partitions    how many tasks to split the input into (a hint: Spark packs small files)
 * @param parquet       also write the documents as Parquet
 * @param peopleIndex   also write the people index of all the documents
 */
public record JobSettings(String input, String output, Set<FactKind> facts, LocalDate referenceDate, int maxChars,
                          Duration timeoutPerFile, int partitions, boolean parquet,
                          boolean peopleIndex) implements Serializable {
    public JobSettings {
        facts = FactKind.setOf(facts);
    }
}
