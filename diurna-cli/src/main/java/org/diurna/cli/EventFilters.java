package org.diurna.cli;

import java.time.LocalDate;
import org.diurna.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters shared by {@code events} and {@code export}. */
final class EventFilters {
    @Option(names = "--actor", paramLabel = "NAME|CODE", description = "an actor by name or code (TUR, TURGOV, 'TUR GOV')")
    String actor;

    @Option(names = "--dyad", paramLabel = "A,B", description = "two countries as source and target, either order: TUR,RUS")
    String dyad;

    @Option(names = "--type", paramLabel = "PLOVER", description = "PLOVER type: CONSULT, ASSAULT, ...")
    String type;

    @Option(names = "--cameo", paramLabel = "NN", description = "CAMEO root code: 04, 19, ...")
    String cameo;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "events on or after this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "events on or before this day")
    LocalDate to;

    @Option(names = "--country", paramLabel = "ISO3", description = "events placed in this country")
    String country;

    @Option(names = "--outlet", paramLabel = "NAME", description = "events reported by this outlet")
    String outlet;

    @Option(names = "--factuality", paramLabel = "F", description = "asserted, planned, negated, hypothetical, habitual")
    String factuality;

    @Option(names = "--min-mentions", paramLabel = "N", description = "events told at least N times")
    Integer minMentions;

    EventQuery query() {
        EventQuery q = EventQuery.all();
        if (actor != null) q = q.actor(actor);
        if (dyad != null) q = q.dyad(dyad);
        if (type != null) q = q.plover(type.toUpperCase());
        if (cameo != null) q = q.cameo(cameo);
        if (from != null) q = q.from(from);
        if (to != null) q = q.to(to);
        if (country != null) q = q.placeCountry(country.toUpperCase());
        if (outlet != null) q = q.outlet(outlet);
        if (factuality != null) q = q.factuality(factuality.toLowerCase());
        if (minMentions != null) q = q.minMentions(minMentions);
        return q;
    }
}
