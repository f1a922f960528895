package org.diurna.actors;

/**
 * What one name in the dictionary can refer to.
 *
 * @param kind          COUNTRY, CAPITAL, SEAT, PERSON or ORGANIZATION
 * @param ref           the {@link Country}, {@link PersonTerm}, or the {@link org.diurna.model.Actor} of a seat or an
 *                      organisation
 * @param alias         the name as written in the dictionary
 * @param caseSensitive acronyms ("US", "EI") match only in their exact case
 */
public record NameEntry(Kind kind, Object ref, String alias, boolean caseSensitive) {
    public enum Kind { COUNTRY, CAPITAL, SEAT, PERSON, ORGANIZATION }
}
