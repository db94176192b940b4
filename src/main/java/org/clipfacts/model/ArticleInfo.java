package org.clipfacts.model;

/** An article's metadata; {@code date} is the reference date used to resolve relative dates, or null. */
public record ArticleInfo(String title, String url, String publisher, DatelineInfo dateline, String date,
                          String language) {
}
