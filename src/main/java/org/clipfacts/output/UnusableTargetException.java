package org.clipfacts.output;

import java.io.IOException;

/** A place output cannot go, found before anything is written: a device, a directory, a read-only file. */
public class UnusableTargetException extends IOException {
    private final String target;
    private final String reason;

    public UnusableTargetException(String target, String reason) {
        super(target + ": " + reason);
        this.target = target;
        this.reason = reason;
    }

    public String target() {
        return target;
    }

    /** What is wrong, in words, without the target's name. */
    public String reason() {
        return reason;
    }
}
