package org.clipfacts.model;

import java.util.List;

/**
 * One person across a corpus: every article naming them, each with the id the person has in that
 * article's document. {@code firstDate} and {@code lastDate} are the earliest and latest article dates
 * (YYYY-MM-DD), null when no article of theirs has one.
 */
public record CorpusPerson(String id, String name, List<String> aliases, List<String> titles, List<Appearance> articles,
                           int mentions, String firstDate, String lastDate) {
    public CorpusPerson {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
        articles = List.copyOf(articles);
    }

    /** An article naming the person, and the person's id in that article's document. */
    public record Appearance(String source, String id) {
    }
}
