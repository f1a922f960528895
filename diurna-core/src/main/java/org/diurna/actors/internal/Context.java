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
     * The country the article is most about: each place named counts {@value #PLACE_WEIGHT} for its country, each
     * actor the dictionary coded one, ties to the first named; without either, the country most actors belong to ("des
     * opposants serbes … le gouvernement"); null when none. A single foreign place does not outweigh a story told
     * through twenty American actors ("le porte-parole de la Maison Blanche … comme en Irak").
     */
    static String dominantCountry(List<Mention> mentions) {
        Map<String, Integer> n = new HashMap<>();
        String best = null;
        for (Mention m : mentions) {
            String place = m.place() == null ? null : m.place().country();
            // only what the dictionary coded: a role noun's country may be this very guess ("la police")
            String actor = m.actor() == null || m.actor().id() == null ? null : m.actor().country();
            if (place != null) best = count(n, place, PLACE_WEIGHT, best);
            if (actor != null) best = count(n, actor, 1, best);
        }
        return best != null ? best : anyActor(mentions);
    }

    /** The country most of the actors belong to, whoever coded them; null when none has one. */
    private static String anyActor(List<Mention> mentions) {
        Map<String, Integer> n = new HashMap<>();
        String best = null;
        for (Mention m : mentions) {
            if (m.actor() != null && m.actor().country() != null) best = count(n, m.actor().country(), 1, best);
        }
        return best;
    }

    private static final int PLACE_WEIGHT = 3;

    /** Adds {@code weight} to {@code country}'s count; the country now ahead. */
    private static String count(Map<String, Integer> n, String country, int weight, String best) {
        int c = n.merge(country, weight, Integer::sum);
        return best == null || c > n.get(best) ? country : best;
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
