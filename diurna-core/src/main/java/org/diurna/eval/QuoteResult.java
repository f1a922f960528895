package org.diurna.eval;

import java.util.List;

/**
 * How one gold quote fared.
 *
 * @param text            the gold quote
 * @param found           true when a produced quote matches it (see {@link ReadingScorer})
 * @param speakerRight    true when a matching produced quote's speaker name contains one of {@code expectedSpeakers}
 * @param producedText    the matching produced quote chosen (one with the right speaker first), or null
 * @param producedSpeaker that quote's speaker name, "" when it has none, or null when not found
 * @param expectedSpeakers the gold {@code speaker_any}
 */
public record QuoteResult(String text, boolean found, boolean speakerRight, String producedText,
                          String producedSpeaker, List<String> expectedSpeakers) {
    public QuoteResult {
        expectedSpeakers = List.copyOf(expectedSpeakers);
    }
}
