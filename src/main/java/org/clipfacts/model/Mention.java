package org.clipfacts.model;

/** One place a person is named: {@code text} equals the article's content between the code-point offsets. */
public record Mention(String text, int start, int end) {
}
