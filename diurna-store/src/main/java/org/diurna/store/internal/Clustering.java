package org.diurna.store.internal;

import java.util.Objects;
import java.util.Set;
import org.diurna.model.Place;
import org.diurna.store.EventActor;

/**
 * When two tellings are the same happening. Articles that report one meeting rarely agree on every detail, but a
 * wrong merge is worse than a missed one (it invents agreement between sources), so the rule is strict: same PLOVER
 * type, same coded actors (country and sector, in either order when the relation is mutual), same factuality, dates
 * that can name the same day, places in the same country or unknown.
 */
public final class Clustering {
    /** Relations that are mutual whatever the reading says: A meets B is B meets A. */
    private static final Set<String> MUTUAL = Set.of("CONSULT", "AGREE", "COOPERATE");

    private Clustering() {}

    public static boolean compatible(Facts row, Facts incoming) {
        return row.plover().equals(incoming.plover())
                && Objects.equals(row.factuality(), incoming.factuality())
                && actorsMatch(row, incoming)
                && IsoDates.compatible(row.date(), incoming.date())
                && placesCompatible(row.place(), incoming.place());
    }

    /**
     * The first key of the order in which compatible rows are preferred for a telling: a row of the telling's own
     * date first. Ties go to the most told row, then the oldest (the store and the Spark job both follow this).
     */
    public static java.util.Comparator<Facts> dateFirst(Facts incoming) {
        return java.util.Comparator.comparing((Facts row) -> !Objects.equals(row.date(), incoming.date()));
    }

    /** Either order is allowed when either telling is symmetric or the relation is mutual. */
    public static boolean unordered(Facts a, Facts b) {
        return a.symmetric() || b.symmetric() || MUTUAL.contains(a.plover());
    }

    static boolean actorsMatch(Facts a, Facts b) {
        if (sameCode(a.source(), b.source()) && sameCode(a.target(), b.target())) return true;
        return unordered(a, b) && sameCode(a.source(), b.target()) && sameCode(a.target(), b.source());
    }

    static boolean sameCode(EventActor x, EventActor y) {
        return Objects.equals(x.country(), y.country()) && Objects.equals(x.sector(), y.sector());
    }

    static boolean placesCompatible(Place a, Place b) {
        if (a == null || b == null || a.country() == null || b.country() == null) return true;
        return a.country().equals(b.country());
    }

    /**
     * The row after it absorbs a compatible telling: a finer date replaces a coarser one ("2016-11" becomes
     * "2016-11-30"), a city replaces a bare country or no place, a mode fills a gap. Actors and type stay as first
     * told. Refining makes the row stricter for later tellings, which is wanted: "2016-11-15" must not join a
     * meeting now known to be on the 30th.
     */
    public static Facts refine(Facts row, Facts incoming) {
        String date = IsoDates.finer(row.date(), incoming.date());
        String precision = Objects.equals(date, row.date()) ? row.datePrecision() : incoming.datePrecision();
        Place place = finerPlace(row.place(), incoming.place());
        String mode = row.mode() != null ? row.mode() : incoming.mode();
        return new Facts(row.plover(), mode, row.cameo(), row.source(), row.target(), row.symmetric(), date, precision,
                place, row.factuality());
    }

    static Place finerPlace(Place row, Place incoming) {
        if (incoming == null) return row;
        if (row == null || row.country() == null) return incoming;
        boolean sameCountry = row.country().equals(incoming.country());
        if (sameCountry && row.isCountry() && !incoming.isCountry()) return incoming;
        return row;
    }
}
