package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores gold quotes against produced quotes as the reference scorer does: the first produced quote whose text
 * contains the gold quote, or is contained in it with at least 80% of its characters, is the match; its speaker is
 * right when the speaker's name contains one of the gold {@code speaker_any}.
 */
final class QuoteScorer {
    /** Share of the gold quote's characters a produced quote contained in it must have. */
    static final double MIN_CONTAINED_SHARE = 0.8;

    private QuoteScorer() {}

    static List<QuoteResult> score(JsonNode gold, JsonNode produced) {
        List<QuoteResult> out = new ArrayList<>();
        for (JsonNode q : gold.path("quotes")) {
            String text = Texts.str(q, "text");
            List<String> speakers = new ArrayList<>();
            q.path("speaker_any").forEach(s -> speakers.add(s.asText()));
            JsonNode chosen = null;
            for (JsonNode p : produced.path("quotes")) {
                if (matches(text, Texts.str(p, "text"))) {
                    chosen = p;
                    break;
                }
            }
            boolean right = chosen != null && speakerRight(speaker(chosen), speakers);
            out.add(new QuoteResult(text, chosen != null, right, chosen == null ? null : Texts.str(chosen, "text"),
                    chosen == null ? null : speaker(chosen), speakers));
        }
        return out;
    }

    /** True when the produced text contains the gold text, or is contained in it with 80% of its characters. */
    static boolean matches(String gold, String produced) {
        String g = Texts.norm(gold);
        String p = Texts.norm(produced);
        if (p.isEmpty()) return false;
        return p.contains(g) || g.contains(p) && p.length() >= MIN_CONTAINED_SHARE * g.length();
    }

    static boolean speakerRight(String speaker, List<String> any) {
        String s = Texts.norm(speaker);
        return any.stream().anyMatch(a -> s.contains(Texts.norm(a)));
    }

    /** The speaker's name: {@code speaker.name}, or {@code speaker} itself when it is a plain string. */
    private static String speaker(JsonNode quote) {
        JsonNode s = quote.get("speaker");
        if (s == null || s.isNull()) return "";
        return s.isTextual() ? s.asText().trim() : Texts.str(s, "name");
    }
}
