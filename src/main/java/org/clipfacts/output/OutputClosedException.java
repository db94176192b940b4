package org.clipfacts.output;

import java.io.IOException;

/** The reader of standard output went away (`clipfacts extract dir | head -1`): nothing more can be written. */
public class OutputClosedException extends IOException {
    public OutputClosedException() {
        super("standard output was closed");
    }
}
