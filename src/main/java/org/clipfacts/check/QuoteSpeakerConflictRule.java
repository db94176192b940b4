package org.clipfacts.check;

import org.clipfacts.check.QuoteClusters.Link;
import org.clipfacts.check.QuoteClusters.Occurrence;
import org.clipfacts.check.QuoteClusters.Wording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code quote.speaker-conflict}: one quotation attributed to two different speakers in different
 * clippings. A quote without a speaker conflicts with nobody, and speakers that name one person ("Biden",
 * "Joe Biden") do not conflict. At the rule's severity: the same words, long enough not to be a stock
 * phrase, given to two people. One level lower: near-identical words (or a fragment of a longer quote,
 * which a second speaker may be quoting), a group as one of the speakers, or a short quote.
 */
final class QuoteSpeakerConflictRule extends CheckRule {
    static final String ID = "quote.speaker-conflict";

    private final QuoteMatching matching;

    QuoteSpeakerConflictRule(QuoteMatching matching) {
        super(ID, Severity.ERROR, "The same or a near-identical quote attributed to different speakers.");
        this.matching = matching;
    }

    @Override
    public List<Finding> check(CheckedCorpus corpus, Severity severity) {
        QuoteClusters clusters = corpus.quoteClusters(matching);
        Map<Integer, List<Link>> linksByFirstWording = new LinkedHashMap<>();
        clusters.links().forEach(link -> linksByFirstWording.computeIfAbsent(link.a(), a -> new ArrayList<>()).add(link));
        List<Finding> findings = new ArrayList<>();
        for (List<Integer> cluster : clusters.clusters()) {
            Conflicts conflicts = new Conflicts();
            for (int member : cluster) {
                Wording wording = clusters.wordings().get(member);
                compare(wording, wording, true, severity, conflicts);
                for (Link link : linksByFirstWording.getOrDefault(member, List.of())) {
                    compare(wording, clusters.wordings().get(link.b()), false, severity, conflicts);
                }
            }
            if (!conflicts.places.isEmpty()) {
                findings.add(conflicts.finding());
            }
        }
        return findings;
    }

    private void compare(Wording first, Wording second, boolean sameWords, Severity severity, Conflicts conflicts) {
        Map<String, List<Occurrence>> firstBySpeaker = bySpeaker(first);
        Map<String, List<Occurrence>> secondBySpeaker = bySpeaker(second);
        for (Map.Entry<String, List<Occurrence>> one : firstBySpeaker.entrySet()) {
            for (Map.Entry<String, List<Occurrence>> other : secondBySpeaker.entrySet()) {
                if (sameWords && one.getKey().compareTo(other.getKey()) >= 0) {
                    continue;
                }
                Occurrence a = one.getValue().get(0);
                Occurrence b = other.getValue().get(0);
                if (sameSpeaker(a, b) || !inDifferentClippings(one.getValue(), other.getValue())) {
                    continue;
                }
                boolean sure = sameWords && a.spokenByPerson() && b.spokenByPerson()
                        && first.text().wordCount() >= 2 * matching.minWords();
                conflicts.add(one.getValue(), other.getValue(), sure ? severity : severity.lower(), sameWords);
            }
        }
    }

    private static Map<String, List<Occurrence>> bySpeaker(Wording wording) {
        Map<String, List<Occurrence>> bySpeaker = new LinkedHashMap<>();
        for (Occurrence occurrence : wording.occurrences()) {
            if (occurrence.quote().speaker() != null) {
                bySpeaker.computeIfAbsent(occurrence.quote().speaker(), speaker -> new ArrayList<>()).add(occurrence);
            }
        }
        return bySpeaker;
    }

    private static boolean sameSpeaker(Occurrence a, Occurrence b) {
        return NameForms.sameName(a.quote().speaker(), b.quote().speaker())
                || a.speakerLabel() != null && b.speakerLabel() != null && NameForms.sameName(a.speakerLabel(), b.speakerLabel());
    }

    private static boolean inDifferentClippings(List<Occurrence> first, List<Occurrence> second) {
        Set<String> sources = new LinkedHashSet<>();
        first.forEach(occurrence -> sources.add(occurrence.source()));
        second.forEach(occurrence -> sources.add(occurrence.source()));
        return sources.size() > 1;
    }

    /** The conflicting quotes of one cluster, gathered into one finding. */
    private static final class Conflicts {
        private final Map<String, Location> places = new LinkedHashMap<>();
        private final Map<String, Set<String>> sourcesBySpeaker = new LinkedHashMap<>();
        private Severity worst = Severity.INFO;
        private boolean sameWords;

        void add(List<Occurrence> first, List<Occurrence> second, Severity severity, boolean identical) {
            for (List<Occurrence> side : List.of(first, second)) {
                for (Occurrence occurrence : side) {
                    places.putIfAbsent(occurrence.source() + "@" + occurrence.quote().start(), occurrence.location());
                    sourcesBySpeaker.computeIfAbsent(occurrence.speakerLabel(), speaker -> new LinkedHashSet<>()).add(occurrence.source());
                }
            }
            worst = severity.atLeast(worst) ? severity : worst;
            sameWords |= identical;
        }

        Finding finding() {
            List<String> speakers = new ArrayList<>();
            sourcesBySpeaker.forEach((speaker, sources) -> speakers.add(speaker + " (" + Phrases.count(sources.size(), "clipping") + ")"));
            List<Location> locations = new ArrayList<>(places.values());
            locations.sort(Location.ORDER);
            String what = sameWords ? "the same quote is attributed to " : "a near-identical quote is attributed to ";
            return new Finding(ID, worst, what + String.join(" and ", speakers) + ": \""
                    + Phrases.excerpt(locations.get(0).text(), Phrases.IN_MESSAGE) + "\"", locations);
        }
    }
}
