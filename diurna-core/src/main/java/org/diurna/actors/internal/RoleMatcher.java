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
    /**
     * The patterns of each language by the word they start with, or, for those starting with a slot ("{DEM}
     * peacekeepers"), by the word after it: a surface word is tried only against the few patterns it can start
     * (thousands of English role nouns made a scan of every pattern at every word the slowest step of reading).
     */
    private final java.util.Map<String, java.util.Map<String, List<RolePattern>>> byWord = new java.util.HashMap<>();
    private final java.util.Map<String, java.util.Map<String, List<RolePattern>>> afterSlot = new java.util.HashMap<>();
    private final java.util.Map<String, List<RolePattern>> slotsOnly = new java.util.HashMap<>();

    public RoleMatcher(ActorDictionary dict) {
        this.dict = dict;
        for (String lang : List.of("fr", "en")) {
            java.util.Map<String, List<RolePattern>> first = new java.util.HashMap<>();
            java.util.Map<String, List<RolePattern>> second = new java.util.HashMap<>();
            List<RolePattern> rest = new java.util.ArrayList<>();
            for (RolePattern p : dict.roles(lang)) {
                List<String> t = p.tokens();
                if (!slot(t.get(0))) first.computeIfAbsent(t.get(0), k -> new java.util.ArrayList<>()).add(p);
                else if (t.size() > 1 && !slot(t.get(1))) {
                    second.computeIfAbsent(t.get(1), k -> new java.util.ArrayList<>()).add(p);
                } else rest.add(p);
            }
            byWord.put(lang, first);
            afterSlot.put(lang, second);
            slotsOnly.put(lang, rest);
        }
    }

    private static boolean slot(String token) {
        return token.startsWith("{");
    }

    /** The pattern words a surface word may stand for: itself, and the singulars its plural endings allow. */
    private static List<String> keys(String w) {
        List<String> out = new java.util.ArrayList<>(List.of(w));
        if (w.endsWith("s") || w.endsWith("x")) out.add(w.substring(0, w.length() - 1));
        if (w.endsWith("aux")) out.add(w.substring(0, w.length() - 3) + "al");
        return out;
    }

    /** The patterns that may start at word {@code i}. */
    private List<RolePattern> candidates(List<Surface> words, int i, String lang) {
        List<RolePattern> out = new java.util.ArrayList<>(slotsOnly.getOrDefault(lang, List.of()));
        java.util.Map<String, List<RolePattern>> first = byWord.getOrDefault(lang, java.util.Map.of());
        for (String k : keys(Keys.key(words.get(i).text()))) out.addAll(first.getOrDefault(k, List.of()));
        if (i + 1 < words.size()) {
            java.util.Map<String, List<RolePattern>> second = afterSlot.getOrDefault(lang, java.util.Map.of());
            for (String k : keys(Keys.key(words.get(i + 1).text()))) out.addAll(second.getOrDefault(k, List.of()));
        }
        return out;
    }

    /** The longest role pattern starting at surface word {@code i}, or null. */
    public Match at(List<Surface> words, int i, String lang, boolean[] taken) {
        Match best = null;
        for (RolePattern p : candidates(words, i, lang)) {
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
