package org.diurna.store.internal;

import java.util.HashMap;
import java.util.Map;
import org.diurna.data.Tsv;

/**
 * What a CAMEO root says about an event's tone: GDELT's QuadClass, and the Goldstein score from the versioned data
 * file {@code goldstein.tsv} (kept as data so that a reviewer can read and change the values without reading code).
 */
public final class Cameo {
    private static final Map<String, Double> GOLDSTEIN = load();

    private Cameo() {}

    /** "04", "4", "040" all name root "04"; null for anything that is not a CAMEO root 01..20. */
    public static String root(String code) {
        if (code == null) return null;
        String c = code.strip();
        if (!c.matches("\\d{1,4}")) return null;
        if (c.length() == 1) c = "0" + c;
        else if (c.length() >= 3) c = c.substring(0, 2);
        int n = Integer.parseInt(c);
        return n >= 1 && n <= 20 ? c : null;
    }

    /** GDELT QuadClass: 01-05 verbal cooperation 1, 06-08 material cooperation 2, 09-13 verbal conflict 3, 14-20 4. */
    public static Integer quadClass(String code) {
        String r = root(code);
        if (r == null) return null;
        int n = Integer.parseInt(r);
        return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
    }

    /** Goldstein score of the root, or null for an unknown root. */
    public static Double goldstein(String code) {
        String r = root(code);
        return r == null ? null : GOLDSTEIN.get(r);
    }

    private static Map<String, Double> load() {
        Map<String, Double> m = new HashMap<>();
        for (Tsv.Row row : Tsv.read(Cameo.class, "/org/diurna/store/goldstein.tsv", "root", "goldstein")) {
            m.put(row.get("root"), Double.valueOf(row.get("goldstein")));
        }
        return Map.copyOf(m);
    }
}
