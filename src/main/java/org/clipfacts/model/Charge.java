package org.clipfacts.model;

import java.util.List;

/**
 * A statement that someone faces criminal charges. {@code defendant} is a person id; {@code count} is null
 * when the text gives no number; {@code by} is the prosecuting party and {@code sentence} the penalty faced;
 * {@code status} where the case stands ({@link #STATUSES}), null when the statement does not say.
 */
public record Charge(String text, String defendant, String charge, Integer count, String by, String sentence,
                     String status, int start, int end) {
    public static final List<String> STATUSES =
            List.of("charged", "accused", "convicted", "pleaded guilty", "acquitted", "sentenced");
}
