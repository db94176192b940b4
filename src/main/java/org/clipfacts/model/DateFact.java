package org.clipfacts.model;

/** A temporal expression with its TIMEX3 type (DATE, TIME, DURATION, SET) and normalized value. */
public record DateFact(String text, String type, String value, int start, int end) {
}
