package org.clipfacts.model;

/** The dateline as written ({@code text}), its place and its date as a TIMEX value ({@code XXXX-06-21} without a year). */
public record DatelineInfo(String text, String place, String date) {
}
