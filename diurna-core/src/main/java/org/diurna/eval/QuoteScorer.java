package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Scores gold quotes against produced quotes (the gold file's {@code quote_match} rule). */
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
            boolean right = false;
            for (JsonNode p : produced.path("quotes")) {
                if (!matches(text, Texts.str(p, "text"))) continue;
                boolean r = speakerRight(speaker(p), speakers);
                if (chosen == null || r && !right) {
                    chosen = p;
                    right = r;
                }
            }
            out.add(new QuoteResult(text, chosen != null, right, chosen == null ? null : Texts.str(chosen, "text"),
                    chosen == null ? null : speaker(chosen), speakers));
        }
        return out;
    }

    /**
     * True when the produced text, normalised, contains the gold text, or is contained in it and has at least
     * {@link #MIN_CONTAINED_SHARE} of its characters.
     */
    static boolean matches(String gold, String produced) {
        String g = Texts.quote(gold);
        String p = Texts.quote(produced);
        if (g.isEmpty() || p.isEmpty()) return false;
        return p.contains(g) || g.contains(p) && p.length() >= MIN_CONTAINED_SHARE * g.length();
    }

    static boolean speakerRight(String speaker, List<String> any) {
        String s = Texts.lower(speaker);
        return any.stream().map(a -> Texts.lower(a.trim())).anyMatch(a -> !a.isEmpty() && s.contains(a));
    }

    /** The speaker's name: {@code speaker.name}, or {@code speaker} itself when it is a plain string. */
    private static String speaker(JsonNode quote) {
        JsonNode s = quote.get("speaker");
        if (s == null || s.isNull()) return "";
        return s.isTextual() ? s.asText().trim() : Texts.str(s, "name");
    }
}
