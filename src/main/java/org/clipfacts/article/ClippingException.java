package org.clipfacts.article;

/** A clipping that cannot be read as an article; the message is one line a user understands. */
public class ClippingException extends Exception {
    public ClippingException(String message) {
        super(message);
    }
}
