package org.diurna.reading;

import java.util.Set;
import org.diurna.model.Mention;

/** Which mentions a reading lists as entities: named ones and role nouns, not pronouns or coordinations. */
public final class Entities {
    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "GROUP");

    private Entities() {}

    public static boolean isEntity(Mention m) {
        return TYPES.contains(m.type());
    }

    /**
     * The entity type a reading shows: a role noun in the singular names a body ("l'armée syrienne", "la garde
     * républicaine", "l'assemblée nationale": ORGANIZATION); in the plural, a group of people ("les rebelles": GROUP).
     */
    public static String type(Mention m) {
        if (!"GROUP".equals(m.type()) || !"role".equals(m.how())) return m.type();
        String first = m.text().split("[\\s']+")[0];
        String head = m.text().split("\\s+")[0];
        boolean plural = head.endsWith("s") || head.endsWith("x") || first.equalsIgnoreCase("les")
                || first.equalsIgnoreCase("des");
        return plural ? "GROUP" : "ORGANIZATION";
    }
}
