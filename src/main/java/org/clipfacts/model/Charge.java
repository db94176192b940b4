package org.clipfacts.model;

/**
 * A statement that someone faces criminal charges. {@code defendant} is a person id; {@code count} is null
 * when the text gives no number; {@code by} is the prosecuting party and {@code sentence} the penalty faced.
 */
public record Charge(String text, String defendant, String charge, Integer count, String by, String sentence,
                     int start, int end) {
}
