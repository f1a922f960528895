package org.diurna.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diurna.data.Keys;
import org.diurna.data.Tsv;
import org.diurna.model.Place;

/**
 * Countries, capitals, cities and regions with French and English names and coordinates, from
 * {@code gazetteer.tsv}. A name shared by several places resolves to the most prominent (country, then capital, then
 * the largest population), which is what a reader assumes when a dispatch gives no other clue.
 */
public final class Gazetteer {
    private record Entry(Place place, long population, int rank, boolean caseSensitive) {}

    private final Map<String, Entry> byKey = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private int maxWords = 1;

    private static volatile Gazetteer shared;

    /** The gazetteer shipped with Diurna, loaded once per JVM. */
    public static Gazetteer shared() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) shared = new Gazetteer(Tsv.read(Gazetteer.class, "gazetteer.tsv",
                        "name_en", "name_fr", "aliases", "country", "kind", "lat", "lon", "population"));
                g = shared;
            }
        }
        return g;
    }

    public Gazetteer(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            String kind = r.get("kind");
            Place p = new Place(r.get("name_en"), r.get("country"), kind, num(r.opt("lat")), num(r.opt("lon")));
            long pop = r.opt("population") == null ? 0 : Long.parseLong(r.get("population").replace("_", ""));
            int rank = switch (kind) { case "country" -> 3; case "capital" -> 2; default -> 1; };
            if (kind.equals("country")) countries.put(p.country(), p);
            add(r.get("name_en"), p, pop, rank);
            add(r.get("name_fr"), p, pop, rank);
            for (String a : r.list("aliases")) add(a, p, pop, rank);
        }
    }

    private void add(String name, Place p, long pop, int rank) {
        if (name.isBlank()) return;
        String k = Keys.key(name);
        maxWords = Math.max(maxWords, k.split(" ").length);
        Entry e = new Entry(p, pop, rank, Keys.caseSensitive(name));
        byKey.merge(k, e, (a, b) -> better(a, b) ? a : b);
    }

    private static boolean better(Entry a, Entry b) {
        return a.rank != b.rank ? a.rank > b.rank : a.population >= b.population;
    }

    private static Double num(String s) {
        return s == null ? null : Double.valueOf(s);
    }

    /** The place a surface form names, or null. Proper names must be capitalised in the text. */
    public Place lookup(String surface) {
        if (surface.isEmpty() || !Character.isUpperCase(surface.codePointAt(0))) return null;
        Entry e = byKey.get(Keys.key(surface));
        if (e == null) return null;
        if (e.caseSensitive && !surface.equals(surface.toUpperCase())) return null;
        return e.place;
    }

    /** The country-level place for an ISO3 code, or null. */
    public Place country(String iso3) {
        return iso3 == null ? null : countries.get(iso3);
    }

    /** Longest name in words, to bound look-ups. */
    public int maxWords() { return maxWords; }

    public int size() { return byKey.size(); }
}
