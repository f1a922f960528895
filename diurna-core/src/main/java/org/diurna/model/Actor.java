package org.diurna.model;

/**
 * Who acts: a person, organisation or collective coded CAMEO-style.
 *
 * @param id      dictionary identifier ("person:recep-tayyip-erdogan", "country:TUR:GOV") or null when ad hoc
 * @param name    canonical name
 * @param country ISO 3166-1 alpha-3, or null (IGOs, unknown)
 * @param sector  CAMEO role code (GOV, MIL, REB, OPP, MED, CVL, IGO, NGO, ...) or null
 * @param role    the person's role on the article's date ("head of state", "foreign minister"), or null
 */
public record Actor(String id, String name, String country, String sector, String role) {

    public Actor withName(String newName) { return new Actor(id, newName, country, sector, role); }

    /** "TUR GOV" style code for reports. */
    public String code() {
        return (country == null ? "---" : country) + (sector == null ? "" : " " + sector);
    }

    /** True when both are the same coded actor (same id, else same country and sector). */
    public boolean sameAs(Actor o) {
        if (o == null) return false;
        if (id != null && o.id != null) return id.equals(o.id);
        return java.util.Objects.equals(country, o.country) && java.util.Objects.equals(sector, o.sector)
                && java.util.Objects.equals(name, o.name);
    }
}
