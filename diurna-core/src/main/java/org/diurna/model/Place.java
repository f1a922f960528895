package org.diurna.model;

/**
 * A place from the gazetteer.
 *
 * @param name    English name
 * @param country ISO 3166-1 alpha-3
 * @param kind    country, capital, city or region
 * @param lat     latitude, or null when unknown
 * @param lon     longitude, or null when unknown
 */
public record Place(String name, String country, String kind, Double lat, Double lon) implements java.io.Serializable {
    public boolean isCountry() { return "country".equals(kind); }
}
