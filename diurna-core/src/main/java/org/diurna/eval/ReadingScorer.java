package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * Scores a produced reading (the JSON of {@code diurna read --json}) against a gold {@code *.reading.json} exactly as
 * the reference scorer {@code shared/eval/tools/score_reading.py} does, so that the figures of {@code diurna eval}
 * are those anyone else gets; on top of it, every miss and extra is classified ({@link ErrorKind}).
 *
 * <ul>
 *   <li>Events match when PLOVER type, source country + sector, target country + sector and date are all equal (a
 *   symmetric gold event in either order); for each gold event in order, the first unused produced event that
 *   matches. A produced event left over is a false positive unless a {@code background} item has its PLOVER type.
 *   Type + dyad: the same matching without the date, source and target in either order.</li>
 *   <li>{@code must_not}: see {@link MustNotChecker}.</li>
 *   <li>Quotes: see {@link QuoteScorer}. Entities: see {@link EntityScorer}.</li>
 * </ul>
 */
public final class ReadingScorer {
    private ReadingScorer() {}

    /**
     * @param gold         the gold reading
     * @param produced     the produced reading
     * @param originalText the text the produced offsets point into, exactly as it was read (null: checks that need
     *                     the text find nothing)
     */
    public static ScoreReport score(JsonNode gold, JsonNode produced, String originalText) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(produced, "produced");
        String text = originalText == null ? "" : originalText;
        EventMatcher.Result ev = EventMatcher.match(gold, produced, text);
        return new ScoreReport(ev.matched(), ev.missed(), ev.falsePositives(), ev.backgroundAccepted(),
                ev.dyadMatched(), ev.dyadFalsePositives(), MustNotChecker.check(gold, produced, text),
                QuoteScorer.score(gold, produced), EntityScorer.score(gold, produced));
    }
}
