package org.clipfacts.check;

import org.clipfacts.model.ArticleInfo;
import org.clipfacts.model.Charge;
import org.clipfacts.model.Document;
import org.clipfacts.model.Mention;
import org.clipfacts.model.Person;
import org.clipfacts.model.Quote;
import org.clipfacts.output.Json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A corpus of extracted documents made up for measuring the check at scale: stories, one per five
 * clippings, whose key quotes recur across their clippings exactly, with words changed, cut to fragments
 * or re-punctuated, mostly by the story's speaker; and in every clipping fresh quotes of its own, words
 * drawn with Zipf-like frequencies so that common words are shared as in real text. Deterministic for a
 * seed.
 *
 * <p>{@code java -cp target/test-classes:target/classes:target/lib/* org.clipfacts.check.GeneratedCorpus 10000 corpus.jsonl}
 */
public final class GeneratedCorpus {
    private static final String[] FUNCTION_WORDS = {"the", "of", "and", "to", "in", "that", "is", "was", "for", "it", "with",
            "as", "he", "on", "by", "at", "we", "they", "this", "would", "be", "not", "have", "a"};
    private static final int VOCABULARY = 8000;
    private static final int FIRST_CONTENT_RANK = 30;
    private static final int CLIPPINGS_PER_STORY = 5;

    private final Random random;
    private final String[] vocabulary;

    private record Story(String speakerId, String speakerName, String defendantId, int count, List<String> quotes) {
    }

    private GeneratedCorpus(long seed) {
        random = new Random(seed);
        vocabulary = new String[VOCABULARY];
        for (int i = 0; i < VOCABULARY; i++) {
            vocabulary[i] = word(2 + random.nextInt(3));
        }
    }

    public static List<Document> documents(int count, long seed) {
        return new GeneratedCorpus(seed).generate(count);
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
            for (Document document : documents(count, 42)) {
                out.write(Json.MAPPER.writeValueAsString(document));
                out.newLine();
            }
        }
    }

    private List<Document> generate(int count) {
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < Math.max(1, count / CLIPPINGS_PER_STORY); i++) {
            String first = capitalized(word(2));
            String last = capitalized(word(3));
            List<String> quotes = new ArrayList<>();
            for (int q = 0; q < 2 + random.nextInt(3); q++) {
                quotes.add(sentence(12 + random.nextInt(28)));
            }
            stories.add(new Story(slug(first + " " + last), first + " " + last, slug(capitalized(word(2)) + " " + capitalized(word(3))),
                    1 + random.nextInt(30), quotes));
        }
        List<Document> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(document(i, stories.get(random.nextInt(stories.size()))));
        }
        return documents;
    }

    private Document document(int index, Story story) {
        StringBuilder text = new StringBuilder();
        List<Quote> quotes = new ArrayList<>();
        for (String storyQuote : story.quotes()) {
            if (random.nextDouble() < 0.6) {
                String speaker = random.nextDouble() < 0.93 ? story.speakerId() : random.nextBoolean() ? null : "someone-else";
                quotes.add(quote(text, variant(storyQuote), speaker, speaker == null ? null : speaker.equals(story.speakerId()) ? story.speakerName() : "Someone Else"));
            }
        }
        for (int q = 0; q < 4 + random.nextInt(5); q++) {
            quotes.add(quote(text, sentence(5 + random.nextInt(30)), random.nextDouble() < 0.2 ? null : story.speakerId(), story.speakerName()));
        }
        int chargeAt = text.length();
        String chargeText = (random.nextDouble() < 0.95 ? story.count() : story.count() + 1) + " criminal charges";
        text.append(chargeText).append(". ");
        Charge charge = new Charge(chargeText, story.defendantId(), "criminal charges", Integer.parseInt(chargeText.split(" ")[0]),
                null, null, null, chargeAt, chargeAt + chargeText.length());
        Person speaker = new Person(story.speakerId(), story.speakerName(), List.of(), List.of(),
                List.of(new Mention(story.speakerName(), 0, 0)));
        String source = String.format("corpus/%05d.txt", index);
        return new Document(source, Integer.toHexString(index), new ArticleInfo("Story " + index, "https://example.org/" + index,
                "Example", null, "2024-01-01", "en"), List.of(speaker), List.of(), List.of(charge), quotes, List.of());
    }

    private static Quote quote(StringBuilder text, String words, String speaker, String speakerName) {
        int start = text.length() + 1;
        text.append('"').append(words).append("\" ");
        return new Quote(words, speaker, speaker == null ? null : speakerName, null, speaker == null ? null : "say", start, start + words.length());
    }

    /** The quote as one clipping gives it: as is, with a tenth of its words changed, a fragment, or re-punctuated. */
    private String variant(String quote) {
        List<String> words = new ArrayList<>(Arrays.asList(quote.split(" ")));
        double kind = random.nextDouble();
        if (kind < 0.4) {
            return quote;
        }
        if (kind < 0.7) {
            for (int i = 0; i < words.size(); i++) {
                if (random.nextDouble() < 0.1) {
                    words.set(i, commonWord());
                }
            }
            return String.join(" ", words);
        }
        if (kind < 0.9) {
            int length = Math.min(words.size(), 8 + random.nextInt(6));
            int from = random.nextInt(words.size() - length + 1);
            return String.join(" ", words.subList(from, from + length));
        }
        return quote.replaceFirst(" ", ", ") + ".";
    }

    private String sentence(int length) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            words.add(random.nextDouble() < 0.4 ? FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)] : commonWord());
        }
        return String.join(" ", words);
    }

    /**
     * A content word by Zipf-like frequency, rank r about as likely as 1/r, from rank 30 on: the most
     * frequent words of a language are function words, drawn separately.
     */
    private String commonWord() {
        int rank = (int) (FIRST_CONTENT_RANK * Math.exp(random.nextDouble() * Math.log((double) VOCABULARY / FIRST_CONTENT_RANK)));
        return vocabulary[Math.min(VOCABULARY, rank) - 1];
    }

    private String word(int syllables) {
        String consonants = "bcdfghjklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.toString();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
