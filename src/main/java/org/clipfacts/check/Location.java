package org.clipfacts.check;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Comparator;

/**
 * A place a finding points at: a clipping, and within it a fact's code-point offsets ({@code start},
 * {@code end}, null for the file as a whole) and, when the clipping could be read as it was extracted,
 * the 1-based line and column (in code points) of {@code start}. {@code text} is the fact as written and
 * {@code detail} what this place says about it (the speaker, the count), both for people to read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(String file, Integer start, Integer end, Integer line, Integer column, String text, String detail) {
    /** By file, then by place in it; the file as a whole first. */
    public static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
            .thenComparing(Location::start, Comparator.nullsFirst(Comparator.naturalOrder()));

    public static Location ofFile(String file) {
        return new Location(file, null, null, null, null, null, null);
    }

    public static Location fact(String file, int start, int end, String text, String detail) {
        return new Location(file, start, end, null, null, text, detail);
    }

    public Location at(int lineNumber, int columnNumber) {
        return new Location(file, start, end, lineNumber, columnNumber, text, detail);
    }

    /** {@code file:line:column} when known, else {@code file}. */
    public String position() {
        return line == null ? file : file + ":" + line + ":" + column;
    }
}
