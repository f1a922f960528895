package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The score of one produced reading against one gold reading, as made by {@link ReadingScorer}.
 *
 * <p>Events: a true positive is a gold event matched one-to-one by a produced event; a false negative is a gold
 * event left unmatched ({@link #missed}); a false positive is a produced event left over whose PLOVER type no
 * background item has ({@link #falsePositiveEvents}); the others are listed in {@link #backgroundAccepted} and not
 * counted. The same at type + dyad level, without the date: {@link #dyadTruePositives}, {@link #dyadFalsePositives}.
 *
 * @param matched              gold events and the produced events that matched them
 * @param missed               gold events no produced event matched, with why
 * @param falsePositiveEvents  produced events counted as false positives, with why
 * @param backgroundAccepted   produced events exempted by a background item of their type (neither TP nor FP)
 * @param dyadTruePositives    gold events matched on type and dyad, the date aside
 * @param dyadFalsePositives   produced events matched to no gold event on type and dyad, and not exempted
 * @param mustNot              one result per {@code must_not} item, in gold order
 * @param quotes               one result per gold quote, in gold order
 * @param entities             one result per gold entity, in gold order
 */
public record ScoreReport(List<EventPair> matched, List<MissedEvent> missed, List<ExtraEvent> falsePositiveEvents,
                          List<ExtraEvent> backgroundAccepted, int dyadTruePositives, int dyadFalsePositives,
                          List<MustNotResult> mustNot, List<QuoteResult> quotes, List<EntityResult> entities) {
    public ScoreReport {
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        falsePositiveEvents = List.copyOf(falsePositiveEvents);
        backgroundAccepted = List.copyOf(backgroundAccepted);
        mustNot = List.copyOf(mustNot);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
    }

    public int truePositives() { return matched.size(); }

    public int falsePositives() { return falsePositiveEvents.size(); }

    public int falseNegatives() { return missed.size(); }

    /** TP / (TP + FP); 1.0 when nothing was produced (nothing wrong was claimed). */
    public double precision() {
        int n = truePositives() + falsePositives();
        return n == 0 ? 1.0 : (double) truePositives() / n;
    }

    /** TP / number of gold events; 1.0 when the gold has no events. */
    public double recall() {
        int n = truePositives() + falseNegatives();
        return n == 0 ? 1.0 : (double) truePositives() / n;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Type + dyad F1 (the date aside); 0 when nothing matched. */
    public double dyadF1() {
        return Rates.f1(dyadTruePositives, dyadFalsePositives, truePositives() + falseNegatives());
    }

    /** The {@code must_not} items the reading violates. */
    public List<MustNotResult> mustNotViolated() {
        return mustNot.stream().filter(MustNotResult::violated).toList();
    }

    public int quotesFound() { return (int) quotes.stream().filter(QuoteResult::found).count(); }

    /** Quotes found with the right speaker. */
    public int quotesRight() { return (int) quotes.stream().filter(QuoteResult::speakerRight).count(); }

    public int quotesTotal() { return quotes.size(); }

    public int entitiesFound() { return (int) entities.stream().filter(EntityResult::found).count(); }

    /** Entities found with the right actor (or place). */
    public int entitiesRight() { return (int) entities.stream().filter(EntityResult::right).count(); }

    public int entitiesTotal() { return entities.size(); }

    /** True when the event F1 is at least {@code minF1} and no {@code must_not} item is violated. */
    public boolean passes(double minF1) {
        return f1() >= minF1 && mustNotViolated().isEmpty();
    }

    /** The conditions of {@code t} this report does not meet, one line each; empty when it meets them all. */
    public List<String> meets(Thresholds t) {
        return t.unmet(this);
    }

    /** A compact human report: one line per item that failed, then the totals. */
    public String toText() {
        return ReportWriter.text(this);
    }

    /** Everything in this report, with the totals and rates, as a JSON tree. */
    public JsonNode toJson() {
        return ReportWriter.json(this);
    }
}
