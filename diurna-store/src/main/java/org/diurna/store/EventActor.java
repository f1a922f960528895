package org.diurna.store;

/**
 * An event's source or target as stored: the coded actor without the text offsets of one article.
 *
 * @param name    the name the first mention gave
 * @param country ISO 3166-1 alpha-3, or null
 * @param sector  CAMEO role code (GOV, MIL, REB...), or null
 * @param actorId dictionary identifier, or null for ad hoc actors
 */
public record EventActor(String name, String country, String sector, String actorId) implements java.io.Serializable {

    /** CAMEO-style code without separator, as GDELT writes it: "TURGOV", "RUS", "" when unknown. */
    public String cameoCode() {
        return (country == null ? "" : country) + (sector == null ? "" : sector);
    }

    /** True when nothing is known of this actor. */
    public boolean unknown() {
        return name == null && country == null && sector == null && actorId == null;
    }
}
