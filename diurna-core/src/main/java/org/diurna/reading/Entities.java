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
}
