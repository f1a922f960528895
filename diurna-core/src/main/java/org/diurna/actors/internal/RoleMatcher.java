package org.diurna.actors.internal;

import java.util.List;
import org.diurna.actors.ActorDictionary;
import org.diurna.actors.Country;
import org.diurna.actors.RolePattern;
import org.diurna.data.Keys;

/**
 * Matches generic role noun phrases ("l'aviation russe", "les forces loyales au président syrien", "les rebelles")
 * on surface words. A pattern noun also matches its plural in -s/-x ("présidents" for "président").
 */
public final class RoleMatcher {
    /** A match: the pattern, how many surface words it covers, and the country its slot gave (or null). */
    public record Match(RolePattern pattern, int length, String country) {}

    private final ActorDictionary dict;

    public RoleMatcher(ActorDictionary dict) {
        this.dict = dict;
    }

    /** The longest role pattern starting at surface word {@code i}, or null. */
    public Match at(List<Surface> words, int i, String lang, boolean[] taken) {
        Match best = null;
        for (RolePattern p : dict.roles(lang)) {
            Match m = match(p, words, i, taken);
            if (m != null && (best == null || m.length() > best.length())) best = m;
        }
        int next = best == null ? -1 : i + best.length();
        if (best != null && best.country() == null && next < words.size() && !taken[next]) {
            // "le ministère de l'Intérieur turc": a demonym after any role names its country
            String c = dict.demonym(Keys.key(words.get(next).text()));
            if (c != null) best = new Match(best.pattern(), best.length() + 1, c);
        }
        return best;
    }

    private Match match(RolePattern p, List<Surface> words, int i, boolean[] taken) {
        String country = null;
        int k = i;
        for (String t : p.tokens()) {
            if (k >= words.size() || taken[k]) return null;
            String w = Keys.key(words.get(k).text());
            if (t.equals("{DEM}")) {
                String c = dict.demonym(w);
                if (c == null) return null;
                country = c;
            } else if (t.equals("{COUNTRY}")) {
                List<org.diurna.actors.NameEntry> es = dict.lookup(words.get(k).text());
                if (es.isEmpty() || !(es.get(0).ref() instanceof Country c)) return null;
                country = c.iso3();
            } else if (!(w.equals(t) || w.equals(t + "s") || w.equals(t + "x") || pluralOfAl(w, t))) {
                return null;
            }
            k++;
        }
        return new Match(p, k - i, country);
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("le", "la", "les", "l'", "l", "un",
            "une", "des", "de", "du", "d'", "the", "a", "an", "ces", "ce", "cette", "deux", "plusieurs");

    /** The normalised words of a role mention without its leading determiners ("des jihadistes" → "jihadistes"). */
    public static String bare(String text) {
        List<String> ws = new java.util.ArrayList<>(List.of(Keys.key(text.replace("'", "' ")).split(" ")));
        while (!ws.isEmpty() && DETERMINERS.contains(ws.get(0))) ws.remove(0);
        return String.join(" ", ws).replace("' ", "'");
    }

    /** "loyales" for "loyale", "gouvernementaux" for "gouvernemental". */
    private static boolean pluralOfAl(String w, String t) {
        return t.endsWith("al") && w.equals(t.substring(0, t.length() - 2) + "aux")
                || t.endsWith("e") && w.equals(t + "s");
    }
}
