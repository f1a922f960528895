package org.diurna.morph;

/**
 * The gender and number a form agrees in: "gouvernement" is masculine singular, "annoncent" plural, "activistes"
 * plural of either gender. A part the dictionary leaves open (an epicene noun, an invariable plural "pays", a form
 * both singular and plural) is null: only a definite value may decide anything.
 *
 * @param feminine true feminine, false masculine, null either
 * @param plural true plural, false singular, null either
 */
public record Agreement(Boolean feminine, Boolean plural) {
    /** Nothing known. */
    public static final Agreement UNKNOWN = new Agreement(null, null);

    /** True when both forms have a definite number and it differs. */
    public boolean numberClashes(Agreement other) {
        return plural != null && other.plural != null && !plural.equals(other.plural);
    }

    /** True when both forms have a definite gender and it differs. */
    public boolean genderClashes(Agreement other) {
        return feminine != null && other.feminine != null && !feminine.equals(other.feminine);
    }
}
