package org.diurna.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores produced events against CAMEO/PLOVER gold sentences (PETRARCH-2 validation, PLOVER gold records) as
 * {@code ../shared/eval/cameo-en/README.md} suggests: precision, recall and F1 of the asserted events at the type
 * level (PLOVER type, or the CAMEO root when the gold gives only a CAMEO code) and at type + dyad (source and target
 * countries; a gold event without a target is matched on its source; a symmetric event matches either order).
 * Each gold event is matched at most once, each produced event too.
 */
public final class CameoScorer {
    /**
     * PLOVER 0.5 names and today's 16 types (POLECAT's): DEMAND became REQUEST and DISAPPROVE became ACCUSE; FIGHT
     * (conventional military force, CAMEO 19) was merged into ASSAULT, INVESTIGATE (CAMEO 09) into ACCUSE as its
     * mode "investigate".
     */
    private static final Map<String, String> RENAMED = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "FIGHT", "ASSAULT", "INVESTIGATE", "ACCUSE");
    /** CAMEO's own country codes where they differ from ISO 3166 (the CAMEO manual's JAP for Japan, ...). */
    private static final Map<String, String> CAMEO_COUNTRIES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
    /** Code prefixes that are not countries: organisations and groups with no state. */
    private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "IMG", "MNC", "UIS", "REB", "INS", "---");

    /** A gold event: actor codes as the file gives them ({@code USAGOV}, {@code IGOUNO}, {@code HUN}). */
    public record Gold(String source, String target, String cameo, String plover) {
        @Override public String toString() {
            return (plover == null ? "" : plover + " ") + (cameo == null ? "" : cameo + " ") + source + " > "
                    + (target == null ? "-" : target);
        }
    }

    /**
     * A produced event: type, CAMEO root, the participants' countries, whether it is mutual, and the lexicon row and
     * word that made it (shown in error listings; null when unknown).
     */
    public record Produced(String plover, String cameo, String sourceCountry, String targetCountry,
                           boolean symmetric, String trigger) {
        public Produced(String plover, String cameo, String sourceCountry, String targetCountry, boolean symmetric) {
            this(plover, cameo, sourceCountry, targetCountry, symmetric, null);
        }

        @Override public String toString() {
            return plover + " " + cameo + " " + (sourceCountry == null ? "-" : sourceCountry)
                    + (symmetric ? " <> " : " > ") + (targetCountry == null ? "-" : targetCountry)
                    + (trigger == null ? "" : " (" + trigger + ")");
        }
    }

    /** Counts of one level: true positives, produced, gold. */
    public record Counts(int matched, int produced, int gold) {
        public double precision() { return produced == 0 ? 0 : matched / (double) produced; }

        public double recall() { return gold == 0 ? 0 : matched / (double) gold; }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) { return new Counts(matched + o.matched, produced + o.produced, gold + o.gold); }
    }

    /** One sentence scored: both levels, and why each missed gold event was missed. */
    public record Sentence(Counts type, Counts dyad, List<String> missKinds) {}

    /** A whole file: both levels and the misses by kind. */
    public record Total(Counts type, Counts dyad, Map<String, Integer> misses, int sentences) {
        public static Total empty() { return new Total(new Counts(0, 0, 0), new Counts(0, 0, 0), new TreeMap<>(), 0); }

        public Total plus(Sentence s) {
            Map<String, Integer> m = new TreeMap<>(misses);
            for (String k : s.missKinds()) m.merge(k, 1, Integer::sum);
            return new Total(type.plus(s.type()), dyad.plus(s.dyad()), m, sentences + 1);
        }
    }

    private CameoScorer() {}

    public static Sentence score(List<Gold> gold, List<Produced> producedEvents) {
        List<Produced> produced = directed(producedEvents);
        int typeMatched = match(gold, produced, false);
        int dyadMatched = match(gold, produced, true);
        List<String> kinds = new ArrayList<>();
        // why each gold event was missed at type + dyad, in the order the diagnosis is cheapest to read
        boolean[] used = new boolean[produced.size()];
        for (Gold g : gold) {
            int i = find(g, produced, used, true);
            if (i >= 0) {
                used[i] = true;
                continue;
            }
            if (produced.isEmpty()) kinds.add("no event");
            else if (produced.stream().noneMatch(p -> typeMatches(g, p))) kinds.add("wrong type");
            else kinds.add("wrong dyad");
        }
        return new Sentence(new Counts(typeMatched, produced.size(), gold.size()),
                new Counts(dyadMatched, produced.size(), gold.size()), kinds);
    }

    /**
     * A symmetric event ("A and B met") is two directed events, A to B and B to A: both gold sets code each side of a
     * reciprocal event on its own, and both sides count in precision too.
     */
    static List<Produced> directed(List<Produced> produced) {
        List<Produced> out = new ArrayList<>();
        for (Produced p : produced) {
            if (!p.symmetric() || p.targetCountry() == null && p.sourceCountry() == null) {
                out.add(p);
                continue;
            }
            out.add(new Produced(p.plover(), p.cameo(), p.sourceCountry(), p.targetCountry(), false, p.trigger()));
            out.add(new Produced(p.plover(), p.cameo(), p.targetCountry(), p.sourceCountry(), false, p.trigger()));
        }
        return out;
    }

    private static int match(List<Gold> gold, List<Produced> produced, boolean dyad) {
        boolean[] used = new boolean[produced.size()];
        int n = 0;
        for (Gold g : gold) {
            int i = find(g, produced, used, dyad);
            if (i >= 0) {
                used[i] = true;
                n++;
            }
        }
        return n;
    }

    private static int find(Gold g, List<Produced> produced, boolean[] used, boolean dyad) {
        for (int i = 0; i < produced.size(); i++) {
            if (used[i]) continue;
            Produced p = produced.get(i);
            if (typeMatches(g, p) && (!dyad || dyadMatches(g, p))) return i;
        }
        return -1;
    }

    /** The gold's PLOVER type (renamed to today's), else its CAMEO root against the produced root. */
    static boolean typeMatches(Gold g, Produced p) {
        if (g.plover() != null && !g.plover().isBlank()) {
            String want = RENAMED.getOrDefault(g.plover().toUpperCase(Locale.ROOT), g.plover().toUpperCase(Locale.ROOT));
            return want.equals(p.plover());
        }
        String root = root(g.cameo());
        return root != null && root.equals(root(p.cameo()));
    }

    static boolean dyadMatches(Gold g, Produced p) {
        String s = country(g.source());
        String t = country(g.target());
        if (g.target() == null || g.target().isBlank()) {
            return same(s, p.sourceCountry()) || (p.symmetric() && same(s, p.targetCountry()));
        }
        boolean straight = same(s, p.sourceCountry()) && same(t, p.targetCountry());
        boolean crossed = same(s, p.targetCountry()) && same(t, p.sourceCountry());
        return straight || (p.symmetric() && crossed);
    }

    /** The country of a PETRARCH/PLOVER actor code: its first three letters, unless they name no country. */
    static String country(String code) {
        if (code == null || code.length() < 3) return null;
        String c = code.substring(0, 3).toUpperCase(Locale.ROOT);
        c = CAMEO_COUNTRIES.getOrDefault(c, c);
        return NOT_COUNTRIES.contains(c) || !c.chars().allMatch(Character::isLetter) ? null : c;
    }

    private static boolean same(String gold, String produced) {
        return gold == null ? produced == null : gold.equals(produced);
    }

    static String root(String cameo) {
        if (cameo == null || cameo.length() < 2) return null;
        return cameo.substring(0, 2);
    }
}
