package org.diurna.model;

/**
 * A reported number about people: casualties, wounded, displaced, arrested, ...
 *
 * @param value     the number (a share like "la moitié" is 0.5)
 * @param qualifier exact, more than, at least, about, up to, less than
 * @param unit      deaths, wounded, displaced, refugees, arrested, share of population displaced, ...
 * @param place     ISO3 country of the place it is about, or null
 */
public record Figure(double value, String qualifier, String unit, String place, Span evidence, String evidenceText) {
}
