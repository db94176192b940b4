package org.clipfacts.output;

import java.io.IOException;

/** Output that cannot be written, naming where it was to go and why, in words. */
public abstract class OutputException extends IOException {
    private final String target;
    private final String reason;

    OutputException(String target, String reason, String message, IOException cause) {
        super(message, cause);
        this.target = target;
        this.reason = reason;
    }

    /** The output as the user named it: a path, or "standard output". */
    public String target() {
        return target;
    }

    /** What is wrong, without the target's name. */
    public String reason() {
        return reason;
    }
}
