package org.clipfacts.extract;

import org.clipfacts.article.Article;
import org.clipfacts.article.Dateline;
import org.clipfacts.article.Metadata;
import org.clipfacts.article.ReferenceDate;
import org.clipfacts.model.ArticleInfo;
import org.clipfacts.model.DatelineInfo;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;
import org.clipfacts.nlp.AnnotatedArticle;
import org.clipfacts.nlp.NlpPipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs the extractors the requested facts need over one article; safe to share between threads. */
public final class Extraction {
    private final Set<FactKind> facts;
    private final NlpPipeline nlp;
    private final PeopleExtractor people = new PeopleExtractor();
    private final DateExtractor dates;
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final ChargeExtractor charges;

    public Extraction(Set<FactKind> facts) {
        this(FactKind.setOf(facts), NlpPipeline.forFacts(facts));
    }

    private Extraction(Set<FactKind> facts, NlpPipeline nlp) {
        this.facts = facts;
        this.nlp = nlp;
        this.dates = facts.contains(FactKind.DATES) ? new DateExtractor(nlp.timeExpressions()) : null;
        this.charges = facts.contains(FactKind.CHARGES) ? new ChargeExtractor() : null;
    }

    /** The facts this extraction gives. */
    public Set<FactKind> facts() {
        return FactKind.setOf(facts);
    }

    /**
     * Some of this extraction's facts, from the pipeline already loaded: each extractor reads only the
     * annotations its own kind needs, so the facts are those an extraction of these kinds alone gives.
     */
    public Extraction only(Set<FactKind> kinds) {
        if (!facts.containsAll(kinds)) {
            throw new IllegalArgumentException("not loaded: " + kinds);
        }
        return new Extraction(FactKind.setOf(kinds), nlp);
    }

    public Document extract(Article article, LocalDate referenceDate) {
        ReferenceDate reference = ReferenceDate.of(article, referenceDate);
        AnnotatedArticle annotated = nlp.annotate(article, reference);
        boolean needPeople = FactKind.needNames(facts);
        People found = needPeople ? people.extract(annotated) : null;
        List<String> warnings = new ArrayList<>(article.warnings());
        if (reference.inferredFrom() != null) {
            warnings.add("no date stated: article.date " + reference.date() + " inferred from " + reference.inferredFrom());
        }
        long tooLong = annotated.sentencesTooLong();
        if (tooLong > 0) {
            warnings.add(tooLong + " sentence(s) longer than " + NlpPipeline.MAX_SENTENCE_TOKENS
                    + " tokens were not tagged, parsed or searched for dates");
        }
        return new Document(article.source(), article.sha256(), articleInfo(article.metadata(), reference),
                facts.contains(FactKind.PEOPLE) ? found.toModel(article) : List.of(),
                facts.contains(FactKind.DATES) ? dates.extract(annotated) : List.of(),
                facts.contains(FactKind.CHARGES) ? charges.extract(annotated, found) : List.of(),
                facts.contains(FactKind.QUOTES) ? quotes.extract(annotated, found) : List.of(),
                warnings);
    }

    private static ArticleInfo articleInfo(Metadata metadata, ReferenceDate reference) {
        Dateline dateline = metadata.dateline();
        DatelineInfo datelineInfo = dateline == null ? null
                : new DatelineInfo(dateline.text(), dateline.place(), dateline.timexValue());
        String date = reference.hasYear() ? reference.date().toString() : null;
        return new ArticleInfo(metadata.title(), metadata.url(), metadata.publisher(), datelineInfo, date, "en");
    }
}
