package org.clipfacts.input;

/**
 * An answer file or an extracted-facts file that cannot be used, so no evaluation is meaningful;
 * {@code problem} names the field or line when there is one.
 */
public final class InvalidInputException extends Exception {
    private final String source;
    private final String problem;

    public InvalidInputException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public String problem() {
        return problem;
    }
}
