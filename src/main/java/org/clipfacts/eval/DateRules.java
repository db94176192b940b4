package org.clipfacts.eval;

import org.clipfacts.model.DateFact;

import java.util.Objects;

/**
 * A date's key is its normalized value. Without a reference date the extractor cannot know a year the text
 * does not write, so it is held to the answer's anchor-free value; with one, to the full value.
 */
final class DateRules implements FactRules<Gold.Date, DateFact> {
    private final boolean againstFullValue;

    DateRules(boolean againstFullValue) {
        this.againstFullValue = againstFullValue;
    }

    @Override
    public ShownFact gold(Gold.Date gold) {
        return new ShownFact(gold.text(), gold.span(), expected(gold));
    }

    @Override
    public ShownFact found(DateFact found) {
        return new ShownFact(found.text(), new Span(found.start(), found.end()), found.value());
    }

    @Override
    public String goldCategory(Gold.Date gold) {
        return gold.type();
    }

    @Override
    public String foundCategory(DateFact found) {
        return found.type();
    }

    @Override
    public boolean keyAgrees(Gold.Date gold, DateFact found) {
        return Objects.equals(expected(gold), found.value());
    }

    private String expected(Gold.Date gold) {
        return againstFullValue ? gold.value() : gold.anchorFreeValue();
    }
}
