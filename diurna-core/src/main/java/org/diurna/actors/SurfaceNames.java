package org.diurna.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diurna.model.Actor;
import org.diurna.model.Mention;

/**
 * The fullest name an article gives each of its actors, as written ("Benjamin Netanyahou", "la Maison Blanche",
 * "États-Unis"): what a reader of the text, and a reader checking it, expect to see as an event's source or a quote's
 * speaker, rather than the dictionary's canonical English name. A pronoun or a surname alone borrows the name.
 */
public final class SurfaceNames {
    private static final java.util.Set<String> NAMED = java.util.Set.of("PERSON", "ORGANIZATION", "LOCATION");
    private final Map<String, String> names = new HashMap<>();

    private SurfaceNames() {}

    /** The names of one article's mentions. */
    public static SurfaceNames of(List<Mention> mentions) {
        SurfaceNames n = new SurfaceNames();
        for (Mention m : mentions) {
            if (m.actor() == null || !NAMED.contains(m.type())) continue;
            String k = key(m.actor());
            String have = n.names.get(k);
            if (have == null || m.text().length() > have.length()) n.names.put(k, m.text());
        }
        return n;
    }

    /** The name to show for {@code a}: its fullest surface in the article, else {@code local}, else its own name. */
    public String of(Actor a, String local) {
        String s = names.get(key(a));
        if (s != null) return s;
        return local != null && !local.isBlank() ? local : a.name();
    }

    /** The fullest name the article gives {@code a}, or null when it never names it. */
    public String named(Actor a) {
        return names.get(key(a));
    }

    private static String key(Actor a) {
        return a.id() != null ? a.id() : "name:" + a.name() + ":" + a.country() + ":" + a.sector();
    }
}
