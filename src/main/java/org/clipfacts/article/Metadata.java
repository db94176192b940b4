package org.clipfacts.article;

import java.time.LocalDate;

/**
 * What a clipping says about itself. {@code statedDate} is a full publication date found in the clipping
 * (dateline with a year, a "Published" line, a date in the URL), or null. {@code publisherLine} is the
 * footer line that names the publisher, if any, and {@code publishedLine} the line that states the publication date
 * ("Published: 2022-06-21"): metadata, not article text.
 */
public record Metadata(String title, String url, String publisher, Dateline dateline, LocalDate statedDate,
                       TextRange publisherLine, TextRange publishedLine) {
}
