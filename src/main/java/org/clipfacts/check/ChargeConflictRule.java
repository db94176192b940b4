package org.clipfacts.check;

import org.clipfacts.extract.Names;
import org.clipfacts.model.Charge;
import org.clipfacts.model.Document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * {@code charge.conflict}: one defendant's charge given different counts, or different sentences, in
 * different clippings. Counts compare per charge: a count stated for all the charges a person faces ("18
 * criminal charges", "18 counts, including espionage", "a score of crimes for leaking") with the other
 * totals, and a count of a named crime ("17 counts of espionage") with counts of that crime only, so
 * charges of different kinds never conflict. At the rule's severity: two exact counts. One level lower:
 * a count stated approximately ("a score of", "more than"), clippings dated differently (charges change
 * over time: a superseding indictment), or different sentences (reported maxima vary with the source).
 * Counts compare within one stage of the case: charged (or accused) counts with charged counts, counts of a
 * conviction with counts of a conviction ("charged with 12 counts", "convicted on three" is no conflict).
 */
final class ChargeConflictRule extends CheckRule {
    static final String ID = "charge.conflict";
    /** What the extractor calls charges that name no crime. */
    private static final String UNNAMED_CHARGE = "criminal charges";
    private static final Pattern APPROXIMATE = Pattern.compile("\\b(?:a score|scores|a dozen|dozens|several|multiple|hundreds"
            + "|(?:about|around|nearly|almost|roughly|approximately|more than|fewer than|less than|at least|up to|over|some) "
            + "(?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|hundred)\\b))");
    private static final String CHARGE_NOUNS = "(?:charges?|counts?|crimes?|offen[cs]es?|felony|felonies|indictments?)";
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Set<String> PRE_TRIAL = Set.of("charged", "accused");

    /** A charge statement and the clipping that makes it. */
    private record Claim(Document document, Charge charge) {
        String folded() {
            return Names.fold(charge.text()).replaceAll("\\s+", " ");
        }

        Location location(String detail) {
            return Location.fact(document.source(), charge.start(), charge.end(), charge.text(), detail);
        }
    }

    ChargeConflictRule() {
        super(ID, Severity.ERROR, "The same defendant and charge with different counts or sentences across clippings.");
    }

    @Override
    public List<Finding> check(CheckedCorpus corpus, Severity severity) {
        Map<String, List<Claim>> countsByCharge = new LinkedHashMap<>();
        Map<String, List<Claim>> sentencesByDefendant = new LinkedHashMap<>();
        for (Document document : corpus.documents()) {
            for (Charge charge : document.charges()) {
                if (charge.defendant() == null) {
                    continue;
                }
                Claim claim = new Claim(document, charge);
                if (charge.count() != null) {
                    String kind = countsEverything(claim) ? "" : Names.slug(charge.charge());
                    countsByCharge.computeIfAbsent(charge.defendant() + "\n" + kind + "\n" + stage(charge),
                            key -> new ArrayList<>()).add(claim);
                }
                if (charge.sentence() != null) {
                    sentencesByDefendant.computeIfAbsent(charge.defendant(), key -> new ArrayList<>()).add(claim);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        countsByCharge.values().forEach(claims -> conflict(claims, claim -> String.valueOf(claim.charge().count()))
                .ifPresent(values -> findings.add(countFinding(claims, values, severity))));
        sentencesByDefendant.values().forEach(claims -> conflict(claims, ChargeConflictRule::sentenceKey)
                .ifPresent(values -> findings.add(sentenceFinding(claims, values, severity.lower()))));
        return findings;
    }

    /**
     * The clippings of each value, when the claims give more than one value in more than one clipping;
     * a value is a count, or a sentence reduced to its numbers.
     */
    private static Optional<Map<String, Set<String>>> conflict(List<Claim> claims, Function<Claim, String> value) {
        Map<String, Set<String>> sourcesByValue = new LinkedHashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Claim claim : claims) {
            sourcesByValue.computeIfAbsent(value.apply(claim), key -> new LinkedHashSet<>()).add(claim.document().source());
            sources.add(claim.document().source());
        }
        return sourcesByValue.size() > 1 && sources.size() > 1 ? Optional.of(sourcesByValue) : Optional.empty();
    }

    private static Finding countFinding(List<Claim> claims, Map<String, Set<String>> sourcesByCount, Severity severity) {
        Charge first = claims.get(0).charge();
        List<String> approximate = claims.stream().map(ChargeConflictRule::approximateWording).filter(Objects::nonNull).distinct().toList();
        List<String> dates = claims.stream().map(claim -> claim.document().article() == null ? null : claim.document().article().date()).toList();
        boolean datedApart = !dates.contains(null) && new HashSet<>(dates).size() > 1;
        String what = countsEverything(claims.get(0)) ? "charges" : "counts of " + first.charge();
        List<String> counts = new ArrayList<>();
        sourcesByCount.forEach((count, sources) -> counts.add(count + " in " + Phrases.count(sources.size(), "clipping")));
        String message = first.defendant() + " faces different numbers of " + what + ": " + String.join(", ", counts);
        if (!approximate.isEmpty()) {
            message += " (approximate: \"" + String.join("\", \"", approximate) + "\")";
        } else if (datedApart) {
            message += " (the clippings are dated differently: the charges may have changed)";
        }
        return new Finding(ID, approximate.isEmpty() && !datedApart ? severity : severity.lower(), message,
                locations(claims, claim -> "count " + claim.charge().count()));
    }

    private static Finding sentenceFinding(List<Claim> claims, Map<String, Set<String>> sourcesBySentence, Severity severity) {
        Map<String, String> writtenByKey = new LinkedHashMap<>();
        claims.forEach(claim -> writtenByKey.putIfAbsent(sentenceKey(claim), claim.charge().sentence()));
        List<String> sentences = new ArrayList<>();
        sourcesBySentence.forEach((key, sources) -> sentences.add("\"" + writtenByKey.get(key) + "\" in "
                + Phrases.count(sources.size(), "clipping")));
        return new Finding(ID, severity, claims.get(0).charge().defendant() + " faces different sentences: "
                + String.join(", ", sentences), locations(claims, claim -> "sentence " + claim.charge().sentence()));
    }

    private static List<Location> locations(List<Claim> claims, Function<Claim, String> detail) {
        List<Location> locations = new ArrayList<>(claims.stream().map(claim -> claim.location(detail.apply(claim))).toList());
        locations.sort(Location.ORDER);
        return locations;
    }

    /**
     * Whether the count is of all the charges the defendant faces: no crime named, or the count's noun not
     * tied to the crime ("crimes for leaking", "counts, including espionage"), unlike "counts of espionage"
     * or "espionage charges".
     */
    private static boolean countsEverything(Claim claim) {
        String charge = claim.charge().charge();
        if (charge == null || charge.equals(UNNAMED_CHARGE)) {
            return true;
        }
        String crime = Pattern.quote(Names.fold(charge).replaceAll("\\s+", " "));
        return !Pattern.compile(CHARGE_NOUNS + " of " + crime + "|" + crime + " " + CHARGE_NOUNS).matcher(claim.folded()).find();
    }

    /**
     * Where the case stands, for comparing counts: the counts charged (or accused of) and those a defendant
     * is convicted of, pleads guilty to, is acquitted or sentenced on are different numbers, not a conflict.
     */
    private static String stage(Charge charge) {
        return charge.status() == null || PRE_TRIAL.contains(charge.status()) ? "charged" : charge.status();
    }

    /** The words that make the count approximate ("a score"), or null when it is exact. */
    private static String approximateWording(Claim claim) {
        var matcher = APPROXIMATE.matcher(claim.folded());
        return matcher.find() ? matcher.group() : null;
    }

    /** A sentence by its numbers ("175 years in prison", "up to 175 years": 175), or its words when it has none. */
    private static String sentenceKey(Claim claim) {
        String folded = Names.fold(claim.charge().sentence());
        List<String> numbers = NUMBER.matcher(folded).results().map(MatchResult::group).toList();
        return numbers.isEmpty() ? folded.replaceAll("\\W+", " ").trim() : String.join(" ", numbers);
    }
}
