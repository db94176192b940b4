package org.clipfacts.article;

/** A range of char offsets into a clipping, end exclusive. */
public record TextRange(int start, int end) {
}
