package org.clipfacts.corpus;

import org.clipfacts.corpus.ClippingProcessor.Bytes;
import org.clipfacts.corpus.ClippingProcessor.Outcome;

import java.time.LocalDate;

/**
 * What turns one clipping's bytes into its outcome: {@link ClippingProcessor} in this process, or a
 * running clipfacts server that does the same there. It never throws, so one clipping cannot stop the others.
 */
public interface Processor {
    /** With the run's reference date. */
    Outcome process(String source, Bytes bytes);

    /** With this clipping's own reference date (null: what it states). */
    Outcome process(String source, Bytes bytes, LocalDate referenceDate);
}
