package org.diurna.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Acceptance thresholds for a {@link ScoreReport}, as allowed shortfalls so that they fit any gold file.
 *
 * @param maxMissedEvents          gold events that may go unmatched
 * @param maxExtraEvents           false-positive events allowed (background violations included)
 * @param maxMustNotViolated       {@code must_not} items that may be violated
 * @param maxQuotesMissed          gold quotes that may go unfound
 * @param maxQuotesWrongSpeaker    gold quotes that may lack a match with the right speaker
 * @param maxEntitiesNotRight      gold entities that may be missing or have a wrong actor/place
 * @param minF1                    lowest acceptable event F1
 */
public record Thresholds(int maxMissedEvents, int maxExtraEvents, int maxMustNotViolated, int maxQuotesMissed,
                         int maxQuotesWrongSpeaker, int maxEntitiesNotRight, double minF1) {

    /**
     * The acceptance rule for the reference dispatch: every gold event found with exact type, dyad and date; no
     * {@code must_not} violated; at most 1 extra event; every quote found, the right speaker for all but one (4 of 5);
     * entities right for all but two (12 of 14).
     */
    public static Thresholds reference() {
        return new Thresholds(0, 1, 0, 0, 1, 2, 0.0);
    }

    /** The conditions {@code r} does not meet, one line each; empty when it meets them all. */
    public List<String> unmet(ScoreReport r) {
        List<String> out = new ArrayList<>();
        if (r.falseNegatives() > maxMissedEvents) {
            out.add(String.format(Locale.ROOT, "events: %d gold event(s) missed (max %d): %s", r.falseNegatives(),
                    maxMissedEvents, String.join(", ", r.missed().stream().map(MissedEvent::goldId).toList())));
        }
        if (r.falsePositives() > maxExtraEvents) {
            out.add(String.format(Locale.ROOT, "events: %d extra event(s) (max %d): %s", r.falsePositives(),
                    maxExtraEvents, String.join(", ", r.falsePositiveEvents().stream().map(ExtraEvent::id).toList())));
        }
        if (r.f1() < minF1) {
            out.add(String.format(Locale.ROOT, "events: F1 %.3f (min %.3f)", r.f1(), minF1));
        }
        List<MustNotResult> bad = r.mustNotViolated();
        if (bad.size() > maxMustNotViolated) {
            out.add(String.format(Locale.ROOT, "must_not: %d violated (max %d): %s", bad.size(), maxMustNotViolated,
                    String.join(" | ", bad.stream().map(MustNotResult::what).toList())));
        }
        int missedQuotes = r.quotesTotal() - r.quotesFound();
        if (missedQuotes > maxQuotesMissed) {
            out.add(String.format(Locale.ROOT, "quotes: %d of %d not found (max %d)", missedQuotes, r.quotesTotal(),
                    maxQuotesMissed));
        }
        int wrongSpeaker = r.quotesTotal() - r.quotesRight();
        if (wrongSpeaker > maxQuotesWrongSpeaker) {
            out.add(String.format(Locale.ROOT, "quotes: right speaker for %d of %d (min %d)", r.quotesRight(),
                    r.quotesTotal(), Math.max(0, r.quotesTotal() - maxQuotesWrongSpeaker)));
        }
        int notRight = r.entitiesTotal() - r.entitiesRight();
        if (notRight > maxEntitiesNotRight) {
            out.add(String.format(Locale.ROOT, "entities: right for %d of %d (min %d)", r.entitiesRight(),
                    r.entitiesTotal(), Math.max(0, r.entitiesTotal() - maxEntitiesNotRight)));
        }
        return out;
    }
}
