package org.clipfacts.check;

import java.util.ArrayList;
import java.util.List;

/** The rules of {@code clipfacts check}, in the order reports list them. */
public final class CheckRules {
    /** Every rule id, for the configuration to name. */
    public static final List<String> IDS = List.of(ExtractFailedRule.ID, MetadataRule.ID, PersonSpellingRule.ID,
            QuoteSpeakerConflictRule.ID, QuoteVariantRule.ID, ChargeConflictRule.ID, BaselineDriftRule.ID);

    private CheckRules() {
    }

    /** The rules the configuration enables; the baseline comparison only when there is a baseline. */
    public static List<CheckRule> enabled(CheckConfig config, Baseline baseline) {
        QuoteMatching matching = config.quoteMatching();
        List<CheckRule> rules = new ArrayList<>(List.of(new ExtractFailedRule(), new MetadataRule(config.requiredMetadata()),
                new PersonSpellingRule(), new QuoteSpeakerConflictRule(matching), new QuoteVariantRule(matching),
                new ChargeConflictRule()));
        if (baseline != null) {
            rules.add(new BaselineDriftRule(baseline));
        }
        return rules.stream().filter(rule -> config.enabled(rule.id())).toList();
    }
}
