package org.clipfacts.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads title, URL, publisher, dateline and any stated publication date from a clipping's lines. */
final class MetadataReader {
    static final String MONTH =
            "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String MONTH_DAY_YEAR = "(?<month>" + MONTH + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?";
    private static final String DAY_MONTH_YEAR = "(?<dayFirst>\\d{1,2})\\s+(?<monthAfter>" + MONTH + ")\\.?(?:,?\\s+(?<yearAfter>\\d{4}))?";
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?<place>\\p{Lu}[\\p{L}.'’-]*(?:,?\\s\\p{Lu}[\\p{L}.'’-]*){0,4}?)"
                    + "(?:,\\s*(?<date>" + MONTH_DAY_YEAR + "|" + DAY_MONTH_YEAR + "))?"
                    + "\\s*(?:\\((?<agency>[^)\\n]{1,40})\\))?"
                    + "\\s*(?:--|[-–—])");
    private static final Pattern SOURCE_CREDIT = Pattern.compile("^\\s*(?<name>\\p{Lu}[\\p{Lu}\\d&.' ]{1,40}?)\\s*\\([^)\\n]{1,40}\\)\\s+\\p{L}");
    private static final Pattern URL_LINE = Pattern.compile("(?i)(?:(?:source|url|link|original article)\\s*:\\s*)?<?(?<url>https?://[^\\s<>]+)>?");
    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "(?i)^(?:published|posted|updated|date|first published)(?:\\s+on)?\\s*:?\\s*(?:\\p{L}+,\\s*)?(?<date>.{6,40}?)\\s*(?:\\d{1,2}:\\d{2}.*)?$");
    private static final Pattern ISO_DATE = Pattern.compile("(?<year>(?:19|20)\\d{2})[-/](?<month>\\d{1,2})[-/](?<day>\\d{1,2})");
    private static final Pattern ANY_DATE = Pattern.compile(MONTH_DAY_YEAR + "|" + DAY_MONTH_YEAR, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_WITH_YEAR = Pattern.compile(
            "(?<month>" + MONTH + ")\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?<year>\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final int HEADLINE_MAX_CHARS = 200;
    private static final int DATELINE_SEARCH_LINES = 20;
    private static final int PUBLISHER_MAX_CHARS = 60;

    private MetadataReader() {
    }

    static Metadata read(String content) {
        List<Boilerplate.Line> lines = Boilerplate.lines(content);
        String url = url(lines);
        Dateline dateline = dateline(content, lines);
        Boilerplate.Line publishedLine = publishedLine(lines);
        LocalDate stated = dateline != null && dateline.fullDate() != null ? dateline.fullDate()
                : publishedLine != null ? publishedDate(publishedLine).orElseThrow() : dateInUrl(url);
        Boilerplate.Line footer = publisherFooter(content, lines);
        String publisher = footer != null ? footer.plain() : leadingCredit(content, lines);
        if (publisher == null && dateline != null) {
            publisher = dateline.agency();
        }
        return new Metadata(title(content, lines), url, publisher, dateline, stated,
                footer == null ? null : new TextRange(footer.start(), footer.end()),
                publishedLine == null ? null : new TextRange(publishedLine.start(), publishedLine.end()));
    }

    private static String title(String content, List<Boilerplate.Line> lines) {
        for (Boilerplate.Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String raw = content.substring(line.start(), line.end()).strip();
            boolean heading = raw.startsWith("#");
            boolean headlineLike = line.plain().length() <= HEADLINE_MAX_CHARS
                    && !line.plain().matches(".*[.;,]$")
                    && !line.plain().matches(".*\\p{Ll}[.!?] .*")
                    && !DATELINE.matcher(line.plain()).lookingAt();
            return heading || headlineLike ? line.plain() : null;
        }
        return null;
    }

    private static String url(List<Boilerplate.Line> lines) {
        for (Boilerplate.Line line : lines) {
            Matcher m = URL_LINE.matcher(line.plain());
            if (m.matches()) {
                return m.group("url");
            }
        }
        return null;
    }

    /** A short last line, set in bold or standing after the URL, names the publisher. */
    private static Boilerplate.Line publisherFooter(String content, List<Boilerplate.Line> lines) {
        Boilerplate.Line last = null;
        Boilerplate.Line beforeLast = null;
        for (Boilerplate.Line line : lines) {
            if (!line.isBlank() && !Boilerplate.isBoilerplateLine(line.plain())) {
                beforeLast = last;
                last = line;
            } else if (!line.isBlank() && URL_LINE.matcher(line.plain()).matches()) {
                beforeLast = last;
                last = line;
            }
        }
        if (last != null && !URL_LINE.matcher(last.plain()).matches()) {
            String raw = content.substring(last.start(), last.end()).strip();
            boolean bold = raw.startsWith("**") && raw.endsWith("**");
            boolean afterUrl = beforeLast != null && URL_LINE.matcher(beforeLast.plain()).matches();
            if ((bold || afterUrl) && last.plain().length() <= PUBLISHER_MAX_CHARS && !last.plain().matches(".*[.!?]$")) {
                return last;
            }
        }
        return null;
    }

    /** A credit opening the text, such as "Q REPORTS (El Pais) The ...". */
    private static String leadingCredit(String content, List<Boilerplate.Line> lines) {
        for (Boilerplate.Line line : lines) {
            if (!line.isBlank()) {
                Matcher credit = SOURCE_CREDIT.matcher(content.substring(line.start(), line.end()));
                if (credit.lookingAt()) {
                    return credit.group("name").strip();
                }
                break;
            }
        }
        return null;
    }

    private static Dateline dateline(String content, List<Boilerplate.Line> lines) {
        int seen = 0;
        for (Boilerplate.Line line : lines) {
            if (line.isBlank() || seen++ > DATELINE_SEARCH_LINES) {
                continue;
            }
            String raw = content.substring(line.start(), line.end());
            Matcher m = DATELINE.matcher(raw);
            if (!m.lookingAt()) {
                continue;
            }
            String place = m.group("place");
            boolean placeInCapitals = place.equals(place.toUpperCase(Locale.ROOT)) && place.length() > 2;
            if (m.group("date") == null && m.group("agency") == null && !placeInCapitals) {
                continue;
            }
            MonthDay monthDay = null;
            Integer year = null;
            if (m.group("date") != null) {
                String month = m.group("month") != null ? m.group("month") : m.group("monthAfter");
                String day = m.group("day") != null ? m.group("day") : m.group("dayFirst");
                String yearText = m.group("year") != null ? m.group("year") : m.group("yearAfter");
                monthDay = monthDay(month, day).orElse(null);
                year = yearText == null ? null : Integer.valueOf(yearText);
            }
            int end = line.start() + m.end();
            return new Dateline(content.substring(line.start() + m.start("place"), end), place.strip(), monthDay, year,
                    m.group("agency"), line.start() + m.start("place"), end);
        }
        return null;
    }

    /** The first "Published: ..." line (or Posted, Updated, Date) that gives a full date. */
    private static Boilerplate.Line publishedLine(List<Boilerplate.Line> lines) {
        for (Boilerplate.Line line : lines) {
            if (publishedDate(line).isPresent()) {
                return line;
            }
        }
        return null;
    }

    private static Optional<LocalDate> publishedDate(Boilerplate.Line line) {
        Matcher published = PUBLISHED_LINE.matcher(line.plain());
        return published.matches() ? parseDate(published.group("date")) : Optional.empty();
    }

    private static LocalDate dateInUrl(String url) {
        if (url != null) {
            Matcher inUrl = ISO_DATE.matcher(url);
            if (inUrl.find()) {
                return localDate(inUrl.group("year"), inUrl.group("month"), inUrl.group("day")).orElse(null);
            }
        }
        return null;
    }

    /** A year written next to the dateline's month anywhere in the text ("in June 2022", "June 3, 2022"). */
    static Integer yearStatedWithMonth(String text, MonthDay monthDay) {
        Matcher m = MONTH_WITH_YEAR.matcher(text);
        while (m.find()) {
            if (monthNumber(m.group("month")) == monthDay.getMonthValue()) {
                return Integer.valueOf(m.group("year"));
            }
        }
        return null;
    }

    private static Optional<LocalDate> parseDate(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            return localDate(iso.group("year"), iso.group("month"), iso.group("day"));
        }
        Matcher written = ANY_DATE.matcher(text);
        if (written.find()) {
            String month = written.group("month") != null ? written.group("month") : written.group("monthAfter");
            String day = written.group("day") != null ? written.group("day") : written.group("dayFirst");
            String year = written.group("year") != null ? written.group("year") : written.group("yearAfter");
            if (year != null) {
                return localDate(year, String.valueOf(monthNumber(month)), day);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> localDate(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<MonthDay> monthDay(String month, String day) {
        try {
            return Optional.of(MonthDay.of(monthNumber(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int monthNumber(String month) {
        String prefix = month.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(prefix) + 1;
    }
}
