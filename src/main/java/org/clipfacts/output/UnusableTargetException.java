package org.clipfacts.output;

/** A place output cannot go, found before anything is written: a device, a directory, a read-only file. */
public class UnusableTargetException extends OutputException {
    public UnusableTargetException(String target, String reason) {
        super(target, reason, target + ": " + reason, null);
    }
}
