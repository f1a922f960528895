package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * Scores a produced reading (the JSON of {@code diurna read --json}) against a gold {@code *.reading.json}, following
 * the rules in the gold file's {@code scoring} section.
 *
 * <ul>
 *   <li>Events match when PLOVER type, source country + sector, target country + sector and date are all equal
 *   (missing values count as ""); for a gold event with {@code "symmetric": true} source and target may be swapped.
 *   Matching is one-to-one (exact-order matches first, then a maximum matching). Left-over produced events that match
 *   a {@code background} item (same type, source and target countries among those listed) are not counted, unless
 *   dated differently from the item's date, or, for a habitual item, dated at all or with another factuality: those
 *   are background violations and false positives.</li>
 *   <li>{@code must_not} checks: {@code no_asserted_event_in}, {@code no_event_dated} (by overlap of the produced
 *   event's evidence offsets with the first occurrence of the check's evidence in the original text, ’ read as '),
 *   {@code at_most} and {@code no_actor}.</li>
 *   <li>Quotes: whitespace-normalised, ’ read as ', quotation marks ignored; the produced text contains the gold
 *   quote, or is contained in it with at least 80% of its characters; speaker right when {@code speaker.name}
 *   contains one of {@code speaker_any}, ignoring case.</li>
 *   <li>Entities: same surface text (or one of {@code also}) and type; right when the actor's country and sector
 *   agree, or, for a gold entity with a place and no actor, the place's country (and name, when both have one).</li>
 * </ul>
 */
public final class ReadingScorer {
    private ReadingScorer() {}

    /**
     * @param gold         the gold reading
     * @param produced     the produced reading
     * @param originalText the text the produced offsets point into, exactly as it was read (null: must_not checks
     *                     that need the text are not applied, and say so)
     */
    public static ScoreReport score(JsonNode gold, JsonNode produced, String originalText) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(produced, "produced");
        String text = originalText == null ? "" : originalText;
        EventMatcher.Result ev = EventMatcher.match(gold, produced);
        return new ScoreReport(ev.matched(), ev.missed(), ev.falsePositives(), ev.backgroundViolations(),
                ev.backgroundAccepted(), MustNotChecker.check(gold, produced, text),
                QuoteScorer.score(gold, produced), EntityScorer.score(gold, produced));
    }
}
