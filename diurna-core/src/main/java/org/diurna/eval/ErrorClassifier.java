package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Says why a gold event was missed and why a produced event is extra, by looking at where they are in the text: the
 * sentences that tell a gold event (its evidence and mentions) and the spans of a produced event.
 */
final class ErrorClassifier {
    private final JsonNode goldReading;
    private final List<JsonNode> gold;
    private final List<JsonNode> produced;
    private final List<EventKey> goldKeys;
    private final List<EventKey> producedKeys;
    private final int[] partner;
    private final List<List<int[]>> goldSentences = new ArrayList<>();
    private final List<List<int[]>> producedSpans = new ArrayList<>();
    private final List<int[]> quietSentences = new ArrayList<>();

    ErrorClassifier(JsonNode goldReading, List<JsonNode> gold, List<JsonNode> produced, List<EventKey> goldKeys,
                    List<EventKey> producedKeys, int[] partner, String text) {
        this.goldReading = goldReading;
        this.gold = gold;
        this.produced = produced;
        this.goldKeys = goldKeys;
        this.producedKeys = producedKeys;
        this.partner = partner;
        for (JsonNode g : gold) {
            List<int[]> spans = new ArrayList<>();
            addSentence(spans, text, Texts.str(g, "evidence"));
            g.path("mentions").forEach(m -> addSentence(spans, text, m.asText()));
            goldSentences.add(spans);
        }
        for (JsonNode p : produced) producedSpans.add(Texts.spans(p, text));
        for (JsonNode m : goldReading.path("must_not")) {
            for (JsonNode c : m.path("checks")) {
                String k = Texts.str(c, "kind");
                if (k.equals("no_asserted_event_in") || k.equals("no_event_dated")) {
                    addSentence(quietSentences, text, Texts.str(c, "evidence"));
                }
            }
        }
    }

    private static void addSentence(List<int[]> out, String text, String needle) {
        int[] s = Texts.sentenceAround(text, needle);
        if (s != null) out.add(s);
    }

    private boolean near(int g, int p) {
        for (int[] a : goldSentences.get(g)) for (int[] b : producedSpans.get(p)) if (Texts.overlaps(a, b)) return true;
        return false;
    }

    MissedEvent missed(int g) {
        EventKey want = goldKeys.get(g);
        boolean symmetric = gold.get(g).path("symmetric").asBoolean(false);
        int best = -1;
        int bestScore = Integer.MAX_VALUE;
        EventKey bestKey = null;
        for (int p = 0; p < produced.size(); p++) {
            EventKey k = producedKeys.get(p);
            boolean sameDyad = want.plover().equals(k.plover()) && want.actorSet().equals(k.actorSet());
            if (!near(g, p) && !sameDyad) continue;
            if (symmetric && want.distance(k.swapped()) < want.distance(k)) k = k.swapped();
            int score = want.distance(k) * 2 + (owner(p) >= 0 ? 1 : 0);
            if (score < bestScore) {
                best = p;
                bestScore = score;
                bestKey = k;
            }
        }
        String gid = Texts.id(gold.get(g), g);
        String evidence = Texts.str(gold.get(g), "evidence");
        if (best < 0) {
            return new MissedEvent(gid, want.summary(), ErrorKind.NO_TRIGGER, null, List.of(),
                    "no produced event in its sentences", evidence);
        }
        List<String> diff = want.differences(bestKey);
        ErrorKind kind = kind(want, bestKey, produced.get(best), gold.get(g));
        String pid = Texts.id(produced.get(best), best);
        String why = "closest " + pid + ": " + (diff.isEmpty() ? "same fields" : String.join(", ", diff));
        if (owner(best) >= 0) why += " (matched to " + Texts.id(gold.get(owner(best)), owner(best)) + ")";
        return new MissedEvent(gid, want.summary(), kind, pid, diff, why, evidence);
    }

    private static ErrorKind kind(EventKey want, EventKey got, JsonNode p, JsonNode g) {
        if (!want.plover().equals(got.plover())) return ErrorKind.WRONG_TYPE;
        String pf = Texts.str(p, "factuality");
        String gf = Texts.str(g, "factuality");
        if (!pf.isEmpty() && !pf.equalsIgnoreCase(gf.isEmpty() ? "asserted" : gf)) return ErrorKind.WRONG_FACTUALITY;
        if (!(want.sourceCountry() + want.sourceSector()).equals(got.sourceCountry() + got.sourceSector())) {
            return ErrorKind.WRONG_SOURCE;
        }
        if (!(want.targetCountry() + want.targetSector()).equals(got.targetCountry() + got.targetSector())) {
            return ErrorKind.WRONG_TARGET;
        }
        if (!want.date().equals(got.date())) return ErrorKind.WRONG_DATE;
        return ErrorKind.TAKEN;
    }

    private int owner(int p) {
        for (int g = 0; g < partner.length; g++) if (partner[g] == p) return g;
        return -1;
    }

    ExtraEvent extra(int p) {
        EventKey k = producedKeys.get(p);
        for (int g = 0; g < gold.size(); g++) {
            if (partner[g] < 0) continue;
            EventKey want = goldKeys.get(g);
            boolean sameKey = want.equals(k) || gold.get(g).path("symmetric").asBoolean(false) && want.swapped().equals(k);
            if (sameKey || k.plover().equals(want.plover()) && near(g, p)) {
                return make(p, ErrorKind.DUPLICATE, "of " + Texts.id(gold.get(g), g));
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (partner[g] < 0 && near(g, p)) return make(p, ErrorKind.MISCODED, "of " + Texts.id(gold.get(g), g));
        }
        for (int[] q : quietSentences) {
            for (int[] s : producedSpans.get(p)) {
                if (Texts.overlaps(q, s)) return make(p, ErrorKind.BACKGROUND, "a must-not sentence");
            }
        }
        for (JsonNode b : goldReading.path("background")) {
            java.util.Set<String> c = new java.util.HashSet<>(BackgroundItem.countries(Texts.str(b, "source")));
            c.addAll(BackgroundItem.countries(Texts.str(b, "target")));
            if (!c.isEmpty() && c.contains(k.sourceCountry()) && c.contains(k.targetCountry())) {
                return make(p, ErrorKind.BACKGROUND, Texts.str(b, "what"));
            }
        }
        return make(p, ErrorKind.SPURIOUS, "");
    }

    ExtraEvent accepted(int p) {
        String plover = producedKeys.get(p).plover();
        for (JsonNode b : goldReading.path("background")) {
            if (Texts.code(b, "plover").equals(plover)) {
                return make(p, ErrorKind.BACKGROUND_ACCEPTED, Texts.str(b, "what"));
            }
        }
        return make(p, ErrorKind.BACKGROUND_ACCEPTED, "");
    }

    private ExtraEvent make(int p, ErrorKind kind, String note) {
        EventKey k = producedKeys.get(p);
        JsonNode e = produced.get(p);
        JsonNode ev = e.get("evidence");
        String evidence = ev == null ? "" : ev.isTextual() ? ev.asText() : Texts.str(ev, "text");
        return new ExtraEvent(Texts.id(e, p), k.plover(), k.dyad(), k.date(), kind, note, evidence);
    }
}
