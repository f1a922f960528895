package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One-to-one matching of produced events to gold events, then background and false positives for the rest. */
final class EventMatcher {
    /** The outcome: matched pairs, missed gold events, false positives (violations included), background. */
    record Result(List<EventPair> matched, List<MissedEvent> missed, List<ExtraEvent> falsePositives,
                  List<ExtraEvent> backgroundViolations, List<ExtraEvent> backgroundAccepted) {}

    private final List<JsonNode> gold = new ArrayList<>();
    private final List<JsonNode> produced = new ArrayList<>();
    private final List<EventKey> goldKeys = new ArrayList<>();
    private final List<EventKey> producedKeys = new ArrayList<>();
    private final int[] owner;      // produced index -> gold index, or -1
    private final int[] partner;    // gold index -> produced index, or -1

    private EventMatcher(JsonNode goldReading, JsonNode producedReading) {
        goldReading.path("events").forEach(gold::add);
        producedReading.path("events").forEach(produced::add);
        gold.forEach(e -> goldKeys.add(EventKey.of(e)));
        produced.forEach(e -> producedKeys.add(EventKey.of(e)));
        owner = new int[produced.size()];
        partner = new int[gold.size()];
        Arrays.fill(owner, -1);
        Arrays.fill(partner, -1);
    }

    static Result match(JsonNode goldReading, JsonNode producedReading) {
        EventMatcher m = new EventMatcher(goldReading, producedReading);
        m.assign();
        return m.result(BackgroundItem.of(goldReading));
    }

    private boolean exact(int g, int p) {
        return goldKeys.get(g).equals(producedKeys.get(p));
    }

    private boolean edge(int g, int p) {
        return exact(g, p) || symmetric(g) && goldKeys.get(g).swapped().equals(producedKeys.get(p));
    }

    private boolean symmetric(int g) {
        return gold.get(g).path("symmetric").asBoolean(false);
    }

    /** Exact-order matches first, greedily; then augmenting paths (swapped matches too) for a maximum matching. */
    private void assign() {
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < produced.size() && partner[g] < 0; p++) {
                if (owner[p] < 0 && exact(g, p)) link(g, p);
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (partner[g] < 0) augment(g, new boolean[produced.size()]);
        }
    }

    private boolean augment(int g, boolean[] seen) {
        for (int p = 0; p < produced.size(); p++) {
            if (seen[p] || !edge(g, p)) continue;
            seen[p] = true;
            if (owner[p] < 0 || augment(owner[p], seen)) {
                link(g, p);
                return true;
            }
        }
        return false;
    }

    private void link(int g, int p) {
        owner[p] = g;
        partner[g] = p;
    }

    private Result result(List<BackgroundItem> background) {
        List<EventPair> matched = new ArrayList<>();
        List<MissedEvent> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            int p = partner[g];
            if (p >= 0) matched.add(new EventPair(Texts.id(gold.get(g), g), Texts.id(produced.get(p), p), !exact(g, p)));
            else missed.add(diagnose(g));
        }
        List<ExtraEvent> fps = new ArrayList<>();
        List<ExtraEvent> violations = new ArrayList<>();
        List<ExtraEvent> accepted = new ArrayList<>();
        for (int p = 0; p < produced.size(); p++) {
            if (owner[p] >= 0) continue;
            JsonNode e = produced.get(p);
            EventKey k = producedKeys.get(p);
            BackgroundItem hit = BackgroundItem.pick(background, e, k);
            String wrong = hit == null ? null : hit.violation(e, k);
            String id = Texts.id(e, p);
            if (hit == null) {
                fps.add(new ExtraEvent(id, k.plover(), k.dyad(), k.date(), ""));
            } else if (wrong != null) {
                ExtraEvent x = new ExtraEvent(id, k.plover(), k.dyad(), k.date(),
                        "background violation (" + hit.what() + "): " + wrong);
                fps.add(x);
                violations.add(x);
            } else {
                accepted.add(new ExtraEvent(id, k.plover(), k.dyad(), k.date(), "background: " + hit.what()));
            }
        }
        return new Result(matched, missed, fps, violations, accepted);
    }

    /** Why gold event g was missed: the closest produced event (unused ones first) and the fields that differ. */
    private MissedEvent diagnose(int g) {
        EventKey want = goldKeys.get(g);
        String gid = Texts.id(gold.get(g), g);
        int best = -1;
        List<String> bestDiff = List.of();
        int bestScore = Integer.MAX_VALUE;
        for (int p = 0; p < produced.size(); p++) {
            EventKey k = producedKeys.get(p);
            int d = want.distance(k);
            List<String> diff = want.differences(k);
            if (symmetric(g) && want.distance(k.swapped()) < d) {
                d = want.distance(k.swapped());
                diff = want.differences(k.swapped());
            }
            int score = d * 2 + (owner[p] >= 0 ? 1 : 0);
            if (score < bestScore) {
                best = p;
                bestScore = score;
                bestDiff = diff;
            }
        }
        if (best < 0) return new MissedEvent(gid, want.summary(), null, List.of(), "no produced event");
        String pid = Texts.id(produced.get(best), best);
        String why = "closest " + pid + ": " + (bestDiff.isEmpty() ? "same fields" : String.join(", ", bestDiff));
        if (owner[best] >= 0) why += " (already matched to " + Texts.id(gold.get(owner[best]), owner[best]) + ")";
        return new MissedEvent(gid, want.summary(), pid, bestDiff, why);
    }
}
