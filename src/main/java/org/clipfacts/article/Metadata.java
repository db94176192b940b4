package org.clipfacts.article;

import java.time.LocalDate;

/**
 * What a clipping says about itself. {@code statedDate} is a full publication date found in the clipping
 * (dateline with a year, a "Published" line, a date in the URL), or null.
 */
public record Metadata(String title, String url, String publisher, Dateline dateline, LocalDate statedDate) {
}
