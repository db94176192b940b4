package org.clipfacts.corpus;

import org.clipfacts.corpus.ClippingProcessor.Bytes;
import org.clipfacts.corpus.ClippingProcessor.Outcome;

/**
 * What turns one clipping's bytes into its outcome: {@link ClippingProcessor} in this process, or a
 * running clipfacts server that does the same there. It never throws, so one clipping cannot stop the others.
 */
public interface Processor {
    Outcome process(String source, Bytes bytes);
}
