package org.clipfacts.eval;

/** The facts for one clipping cannot be had, so that clipping is left out of the evaluation. */
public final class FactsUnavailableException extends Exception {
    public FactsUnavailableException(String reason) {
        super(reason);
    }
}
