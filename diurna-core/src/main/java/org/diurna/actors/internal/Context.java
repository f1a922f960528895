package org.diurna.actors.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diurna.model.Mention;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/** Where an article is: the countries of its places, to give role nouns without a demonym their country. */
final class Context {
    private Context() {}

    /**
     * The country whose places the article names most, ties to the first named; without any place, the country its
     * actors belong to most ("des opposants serbes … le gouvernement"); null when none.
     */
    static String dominantCountry(List<Mention> mentions) {
        String byPlaces = most(mentions, true);
        return byPlaces != null ? byPlaces : most(mentions, false);
    }

    private static String most(List<Mention> mentions, boolean places) {
        Map<String, Integer> n = new HashMap<>();
        String best = null;
        for (Mention m : mentions) {
            String country = places ? (m.place() == null ? null : m.place().country())
                    : (m.actor() == null ? null : m.actor().country());
            if (country == null) continue;
            int c = n.merge(country, 1, Integer::sum);
            if (best == null || c > n.get(best)) best = country;
        }
        return best;
    }

    /** The country of the nearest place in the same sentence that is a place there, not an acting government. */
    static String nearPlaceCountry(Mention role, List<Mention> mentions, List<Sentence> sentences) {
        Sentence s = sentences.stream().filter(x -> x.start() <= role.start() && role.start() <= x.end())
                .findFirst().orElse(null);
        if (s == null) return null;
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.place() == null || m.start() < s.start() || m.end() > s.end()) continue;
            if (actsAsAgent(m, s)) continue;
            int d = Math.abs(m.start() - role.start());
            if (d < bestDist) {
                bestDist = d;
                best = m.place().country();
            }
        }
        return best;
    }

    private static boolean actsAsAgent(Mention m, Sentence s) {
        for (Token t : s.tokens()) {
            if (t.start() >= m.start() && t.end() <= m.end() && RoleResolver.isAgent(t)) return true;
        }
        return false;
    }
}
