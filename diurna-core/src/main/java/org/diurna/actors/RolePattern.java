package org.diurna.actors;

import java.util.List;

/**
 * A generic role noun phrase ("forces loyales au président {DEM}", "rebelles") mapped to a sector; the country comes
 * from the {@code {DEM}} / {@code {COUNTRY}} slot or, without one, from the context.
 *
 * @param tokens         normalised keys of the pattern's words, placeholders kept as "{DEM}" / "{COUNTRY}"
 * @param conflictSector sector used instead when the sentence is about armed conflict (opposition → REB), or null
 * @param contextCountry false when, without a demonym, the actor stays without a country ("des jihadistes")
 */
public record RolePattern(List<String> tokens, String lang, String sector, String role, String conflictSector,
                          boolean contextCountry) {
    public boolean hasCountrySlot() {
        return tokens.contains("{DEM}") || tokens.contains("{COUNTRY}");
    }
}
