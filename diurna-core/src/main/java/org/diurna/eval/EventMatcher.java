package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches produced events to gold events the way the reference scorer ({@code shared/eval/tools/score_reading.py})
 * does, then says why each miss and each extra happened ({@link ErrorKind}).
 *
 * <p>Strict: for each gold event in order, the first unused produced event with the same PLOVER type, source and
 * target country + sector and date (either order for a symmetric gold event). Type + dyad: the same without the
 * date, with source and target in either order. A produced event left over is not counted when some background item
 * has its PLOVER type.
 */
final class EventMatcher {
    /** The outcome of matching one reading. */
    record Result(List<EventPair> matched, List<MissedEvent> missed, List<ExtraEvent> falsePositives,
                  List<ExtraEvent> backgroundAccepted, int dyadMatched, int dyadFalsePositives) {}

    private final List<JsonNode> gold = new ArrayList<>();
    private final List<JsonNode> produced = new ArrayList<>();
    private final List<EventKey> goldKeys = new ArrayList<>();
    private final List<EventKey> producedKeys = new ArrayList<>();
    private final Set<String> backgroundTypes = new HashSet<>();
    private final JsonNode goldReading;

    private EventMatcher(JsonNode goldReading, JsonNode producedReading) {
        this.goldReading = goldReading;
        goldReading.path("events").forEach(gold::add);
        producedReading.path("events").forEach(produced::add);
        gold.forEach(e -> goldKeys.add(EventKey.of(e)));
        produced.forEach(e -> producedKeys.add(EventKey.of(e)));
        for (JsonNode b : goldReading.path("background")) {
            if (!Texts.code(b, "plover").isEmpty()) backgroundTypes.add(Texts.code(b, "plover"));
        }
    }

    static Result match(JsonNode goldReading, JsonNode producedReading, String text) {
        return new EventMatcher(goldReading, producedReading).run(text);
    }

    private boolean strict(int g, int p) {
        EventKey want = goldKeys.get(g);
        EventKey got = producedKeys.get(p);
        if (want.date().isEmpty()) return false; // an undated gold event cannot be matched (as in the reference)
        return want.equals(got) || symmetric(g) && want.swapped().equals(got);
    }

    private boolean dyad(int g, int p) {
        EventKey want = goldKeys.get(g);
        EventKey got = producedKeys.get(p);
        return want.plover().equals(got.plover()) && want.actorSet().equals(got.actorSet());
    }

    private boolean symmetric(int g) {
        return gold.get(g).path("symmetric").asBoolean(false);
    }

    private int[] greedy(java.util.function.BiPredicate<Integer, Integer> fits) {
        int[] partner = new int[gold.size()];
        boolean[] used = new boolean[produced.size()];
        for (int g = 0; g < gold.size(); g++) {
            partner[g] = -1;
            for (int p = 0; p < produced.size(); p++) {
                if (!used[p] && fits.test(g, p)) {
                    used[p] = true;
                    partner[g] = p;
                    break;
                }
            }
        }
        return partner;
    }

    private Result run(String text) {
        int[] partner = greedy(this::strict);
        int[] owner = owners(partner);
        int[] dyadPartner = greedy(this::dyad);
        int[] dyadOwner = owners(dyadPartner);
        ErrorClassifier why = new ErrorClassifier(goldReading, gold, produced, goldKeys, producedKeys, partner, text);
        List<EventPair> matched = new ArrayList<>();
        List<MissedEvent> missed = new ArrayList<>();
        int dyadMatched = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (dyadPartner[g] >= 0) dyadMatched++;
            int p = partner[g];
            if (p >= 0) {
                boolean swapped = !goldKeys.get(g).equals(producedKeys.get(p));
                matched.add(new EventPair(Texts.id(gold.get(g), g), Texts.id(produced.get(p), p), swapped));
            } else {
                missed.add(why.missed(g));
            }
        }
        List<ExtraEvent> fps = new ArrayList<>();
        List<ExtraEvent> accepted = new ArrayList<>();
        int dyadFps = 0;
        for (int p = 0; p < produced.size(); p++) {
            boolean exempt = backgroundTypes.contains(producedKeys.get(p).plover());
            if (dyadOwner[p] < 0 && !exempt) dyadFps++;
            if (owner[p] >= 0) continue;
            if (exempt) accepted.add(why.accepted(p));
            else fps.add(why.extra(p));
        }
        return new Result(matched, missed, fps, accepted, dyadMatched, dyadFps);
    }

    private int[] owners(int[] partner) {
        int[] owner = new int[produced.size()];
        java.util.Arrays.fill(owner, -1);
        for (int g = 0; g < partner.length; g++) if (partner[g] >= 0) owner[partner[g]] = g;
        return owner;
    }
}
