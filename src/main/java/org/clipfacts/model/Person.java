package org.clipfacts.model;

import java.util.List;

/**
 * One person named in an article, all spellings merged. {@code id} is the slug of the fullest name, so the
 * same person gets the same id in every article.
 */
public record Person(String id, String name, List<String> aliases, List<String> titles, List<Mention> mentions) {
    public Person {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}
