package org.clipfacts.check;

import org.clipfacts.model.Document;
import org.clipfacts.model.Quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quotes of a corpus grouped into clusters of one quotation, without comparing every quote with every
 * other. Quotes with the same normalized text are one wording from the start. Each wording is cut into
 * short overlapping windows of content words; each window gets a MinHash signature of its pairs of
 * neighbouring content words, whose bands are bucket keys (locality-sensitive hashing): only wordings that
 * share a bucket are compared, and a pair is linked when its real similarity (see {@link QuoteMatching})
 * reaches the threshold. Windows, rather than whole quotes, let a short fragment meet the long quote it was
 * cut from. Clusters are the connected wordings.
 */
public final class QuoteClusters {
    private static final int WINDOW_WORDS = 6;
    private static final int WINDOW_STRIDE = 3;
    private static final int BANDS = 20;
    private static final int ROWS = 2;
    /**
     * A bucket shared by more wordings than this is compared member by member against its first ones only:
     * such a bucket holds a phrase everybody quotes, and all-pairs inside it would grow with the square of
     * the corpus. Links through those first members still join the cluster.
     */
    private static final int MAX_PARTNERS_PER_BUCKET = 16;
    private static final long[] SEEDS = seeds(BANDS * ROWS);

    /** One quote where it stands. */
    public record Occurrence(Document document, Quote quote) {
        public String source() {
            return document.source();
        }

        /** The speaker's name as written, or their id, or null when the quote has no speaker. */
        public String speakerLabel() {
            return quote.speakerName() != null ? quote.speakerName() : quote.speaker();
        }

        /** Whether the speaker is one of the clipping's people rather than a group. */
        public boolean spokenByPerson() {
            return quote.speaker() != null && document.people().stream().anyMatch(person -> person.id().equals(quote.speaker()));
        }

        public Location location() {
            String speaker = speakerLabel();
            return Location.fact(source(), quote.start(), quote.end(), quote.text(), speaker == null ? "speaker unknown" : speaker);
        }
    }

    /** One normalized wording and every quote that has it. */
    public record Wording(QuoteText text, List<Occurrence> occurrences) {
    }

    /** Two wordings found to be one quotation; {@code a < b}, indices into {@link #wordings()}. */
    public record Link(int a, int b) {
    }

    private final List<Wording> wordings;
    private final List<Link> links;
    private final List<List<Integer>> clusters;
    private final long comparisons;

    private QuoteClusters(List<Wording> wordings, List<Link> links, List<List<Integer>> clusters, long comparisons) {
        this.wordings = wordings;
        this.links = links;
        this.clusters = clusters;
        this.comparisons = comparisons;
    }

    public static QuoteClusters of(List<Document> documents, QuoteMatching matching) {
        List<Wording> wordings = wordings(documents, matching.minWords());
        long[] bucketEntries = bucketEntries(wordings);
        Arrays.sort(bucketEntries);
        Linker linker = new Linker(wordings, matching);
        int start = 0;
        while (start < bucketEntries.length) {
            int end = start;
            while (end < bucketEntries.length && bucketEntries[end] >>> 32 == bucketEntries[start] >>> 32) {
                end++;
            }
            linker.compareWithin(distinctWordings(bucketEntries, start, end));
            start = end;
        }
        List<Link> links = new ArrayList<>(linker.links);
        links.sort(Comparator.comparingInt(Link::a).thenComparingInt(Link::b));
        return new QuoteClusters(wordings, List.copyOf(links), components(wordings, links), linker.comparisons);
    }

    /** Compares the wordings of each bucket and keeps the pairs similar enough, each pair once. */
    private static final class Linker {
        private final List<Wording> wordings;
        private final QuoteMatching matching;
        private final Set<Long> linked = new HashSet<>();
        private final List<Link> links = new ArrayList<>();
        private long comparisons;

        Linker(List<Wording> wordings, QuoteMatching matching) {
            this.wordings = wordings;
            this.matching = matching;
        }

        void compareWithin(int[] members) {
            for (int i = 1; i < members.length; i++) {
                for (int j = 0; j < Math.min(i, MAX_PARTNERS_PER_BUCKET); j++) {
                    int a = Math.min(members[i], members[j]);
                    int b = Math.max(members[i], members[j]);
                    long pair = ((long) a << 32) | b;
                    if (linked.contains(pair)) {
                        continue;
                    }
                    comparisons++;
                    if (QuoteText.similarity(wordings.get(a).text(), wordings.get(b).text()) >= matching.similarity()) {
                        linked.add(pair);
                        links.add(new Link(a, b));
                    }
                }
            }
        }
    }

    public List<Wording> wordings() {
        return wordings;
    }

    public List<Link> links() {
        return links;
    }

    /** Groups of wordings (indices, ascending) that hold one quotation: two or more wordings, or one said more than once. */
    public List<List<Integer>> clusters() {
        return clusters;
    }

    /** How many pairs of wordings were compared: the work that must not grow with the square of the corpus. */
    public long comparisons() {
        return comparisons;
    }

    private static List<Wording> wordings(List<Document> documents, int minWords) {
        Map<String, Integer> byText = new HashMap<>();
        List<QuoteText> texts = new ArrayList<>();
        List<List<Occurrence>> occurrences = new ArrayList<>();
        for (Document document : documents) {
            for (Quote quote : document.quotes()) {
                QuoteText text = new QuoteText(quote.text());
                if (text.wordCount() < minWords || text.contentWords().isEmpty()) {
                    continue;
                }
                int index = byText.computeIfAbsent(text.normalized(), normalized -> {
                    texts.add(text);
                    occurrences.add(new ArrayList<>());
                    return texts.size() - 1;
                });
                occurrences.get(index).add(new Occurrence(document, quote));
            }
        }
        List<Wording> wordings = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            wordings.add(new Wording(texts.get(i), List.copyOf(occurrences.get(i))));
        }
        return wordings;
    }

    /** One entry per window and band: the band's key in the high 32 bits, the wording's index in the low 32. */
    private static long[] bucketEntries(List<Wording> wordings) {
        long[] entries = new long[1024];
        int n = 0;
        for (int index = 0; index < wordings.size(); index++) {
            QuoteText text = wordings.get(index).text();
            int words = text.contentWords().size();
            for (int from = 0; text.comparable(); from += WINDOW_STRIDE) {
                int windowStart = Math.max(0, Math.min(from, words - WINDOW_WORDS));
                long[] signature = minHash(text.pairsBetween(windowStart, Math.min(words, windowStart + WINDOW_WORDS)));
                for (int band = 0; band < BANDS; band++) {
                    long key = band;
                    for (int row = 0; row < ROWS; row++) {
                        key = Hashing.mix(key * 31 + signature[band * ROWS + row]);
                    }
                    if (n == entries.length) {
                        entries = Arrays.copyOf(entries, n * 2);
                    }
                    entries[n++] = (key << 32) | index;
                }
                if (windowStart + WINDOW_WORDS >= words) {
                    break;
                }
            }
        }
        return Arrays.copyOf(entries, n);
    }

    private static long[] minHash(long[] features) {
        long[] signature = new long[SEEDS.length];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long feature : features) {
            for (int i = 0; i < SEEDS.length; i++) {
                signature[i] = Math.min(signature[i], Hashing.mix(feature ^ SEEDS[i]));
            }
        }
        return signature;
    }

    /** The wordings of one bucket; entries are sorted, so a wording's repeats (several windows) are adjacent. */
    private static int[] distinctWordings(long[] entries, int start, int end) {
        int[] members = new int[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            int wording = (int) entries[i];
            if (n == 0 || members[n - 1] != wording) {
                members[n++] = wording;
            }
        }
        return Arrays.copyOf(members, n);
    }

    private static List<List<Integer>> components(List<Wording> wordings, List<Link> links) {
        int[] parent = new int[wordings.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Link link : links) {
            parent[root(parent, link.a())] = root(parent, link.b());
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(root(parent, i), root -> new ArrayList<>()).add(i);
        }
        return byRoot.values().stream()
                .filter(members -> members.size() > 1 || wordings.get(members.get(0)).occurrences().size() > 1)
                .map(List::copyOf)
                .toList();
    }

    private static int root(int[] parent, int node) {
        while (parent[node] != node) {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        return node;
    }

    private static long[] seeds(int count) {
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = Hashing.mix(0x5EED0000L + i);
        }
        return seeds;
    }
}
