package org.clipfacts.check;

import org.clipfacts.check.QuoteClusters.Occurrence;
import org.clipfacts.extract.Names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code quote.variant}: one quotation worded differently across clippings (a translation, an edit, a
 * fragment of a longer quote), every wording listed side by side. Normal journalism, so information by
 * default; what a fact-checker wants to see before citing one of them.
 */
final class QuoteVariantRule extends CheckRule {
    static final String ID = "quote.variant";

    private final QuoteMatching matching;

    QuoteVariantRule(QuoteMatching matching) {
        super(ID, Severity.INFO, "One quote worded differently across clippings, the variants side by side.");
        this.matching = matching;
    }

    @Override
    public List<Finding> check(CheckedCorpus corpus, Severity severity) {
        QuoteClusters clusters = corpus.quoteClusters(matching);
        List<Finding> findings = new ArrayList<>();
        for (List<Integer> cluster : clusters.clusters()) {
            List<Occurrence> occurrences = new ArrayList<>();
            cluster.forEach(member -> occurrences.addAll(clusters.wordings().get(member).occurrences()));
            Set<String> sources = new LinkedHashSet<>();
            Set<String> writings = new LinkedHashSet<>();
            Map<String, String> speakers = new LinkedHashMap<>();
            for (Occurrence occurrence : occurrences) {
                sources.add(occurrence.source());
                writings.add(Phrases.asWritten(occurrence.quote().text()));
                if (occurrence.speakerLabel() != null) {
                    speakers.putIfAbsent(Names.fold(occurrence.speakerLabel()), occurrence.speakerLabel());
                }
            }
            if (sources.size() < 2 || writings.size() < 2) {
                continue;
            }
            List<Location> locations = new ArrayList<>(occurrences.stream().map(Occurrence::location).toList());
            locations.sort(Location.ORDER);
            String by = speakers.isEmpty() ? "an unnamed speaker" : String.join(" / ", speakers.values());
            String how = cluster.size() == 1 ? "punctuated " + writings.size() + " ways" : "worded " + writings.size() + " ways";
            findings.add(new Finding(ID, severity, "quote by " + by + " " + how + " in " + sources.size()
                    + " clippings: \"" + Phrases.excerpt(locations.get(0).text(), Phrases.IN_MESSAGE) + "\"", locations));
        }
        return findings;
    }
}
