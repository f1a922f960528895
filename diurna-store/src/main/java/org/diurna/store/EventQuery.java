package org.diurna.store;

import java.time.LocalDate;

/**
 * Which events to list: every filter is optional (null, or 0 for {@code minMentions}) and all set ones must hold.
 * Results come by number of mentions (most first), then by day (latest first, undated last), then by event id.
 * Build with {@link #all()} and the {@code with}-style methods: {@code EventQuery.all().actor("TUR").limit(20)}.
 *
 * @param actor        an actor code ("TUR", "TURGOV", "TUR GOV": source or target of that country [and sector]),
 *                     else a name part ("Erdogan", case-insensitive) or an actor id, as source or target
 * @param dyad         two codes, comma-separated ("TUR,RUS"): one is the source and the other the target, either way
 * @param plover       PLOVER type (CONSULT, ASSAULT...)
 * @param cameo        CAMEO root ("04"; "4" and "040" are read as "04")
 * @param from         first day (inclusive) on {@code day}; undated events then drop out
 * @param to           last day (inclusive) on {@code day}
 * @param placeCountry ISO3 country of the event's place
 * @param outlet       an outlet among the articles that mention it (case-insensitive)
 * @param factuality   asserted, planned, negated, hypothetical, habitual, reported
 * @param minMentions  at least this many mentions
 * @param limit        at most this many rows
 * @param offset       rows skipped first
 * @param after        keyset cursor ({@link EventRow#cursor()} of the last row of the previous page), or null
 */
public record EventQuery(String actor, String dyad, String plover, String cameo, LocalDate from, LocalDate to,
                         String placeCountry, String outlet, String factuality, int minMentions, int limit,
                         long offset, String after) {
    public EventQuery {
        if (limit < 0 || offset < 0 || minMentions < 0) throw new IllegalArgumentException("negative limit/offset");
    }

    /** No filter, no limit. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, 0, Integer.MAX_VALUE, 0, null);
    }

    public EventQuery actor(String v) {
        return new EventQuery(v, dyad, plover, cameo, from, to, placeCountry, outlet, factuality, minMentions,
                limit, offset, after);
    }

    public EventQuery dyad(String v) {
        return new EventQuery(actor, v, plover, cameo, from, to, placeCountry, outlet, factuality, minMentions,
                limit, offset, after);
    }

    public EventQuery plover(String v) {
        return new EventQuery(actor, dyad, v, cameo, from, to, placeCountry, outlet, factuality, minMentions,
                limit, offset, after);
    }

    public EventQuery cameo(String v) {
        return new EventQuery(actor, dyad, plover, v, from, to, placeCountry, outlet, factuality, minMentions,
                limit, offset, after);
    }

    public EventQuery from(LocalDate v) {
        return new EventQuery(actor, dyad, plover, cameo, v, to, placeCountry, outlet, factuality, minMentions,
                limit, offset, after);
    }

    public EventQuery to(LocalDate v) {
        return new EventQuery(actor, dyad, plover, cameo, from, v, placeCountry, outlet, factuality, minMentions,
                limit, offset, after);
    }

    public EventQuery placeCountry(String v) {
        return new EventQuery(actor, dyad, plover, cameo, from, to, v, outlet, factuality, minMentions,
                limit, offset, after);
    }

    public EventQuery outlet(String v) {
        return new EventQuery(actor, dyad, plover, cameo, from, to, placeCountry, v, factuality, minMentions,
                limit, offset, after);
    }

    public EventQuery factuality(String v) {
        return new EventQuery(actor, dyad, plover, cameo, from, to, placeCountry, outlet, v, minMentions,
                limit, offset, after);
    }

    public EventQuery minMentions(int v) {
        return new EventQuery(actor, dyad, plover, cameo, from, to, placeCountry, outlet, factuality, v,
                limit, offset, after);
    }

    public EventQuery limit(int v) {
        return new EventQuery(actor, dyad, plover, cameo, from, to, placeCountry, outlet, factuality, minMentions,
                v, offset, after);
    }

    public EventQuery offset(long v) {
        return new EventQuery(actor, dyad, plover, cameo, from, to, placeCountry, outlet, factuality, minMentions,
                limit, v, after);
    }

    public EventQuery after(String v) {
        return new EventQuery(actor, dyad, plover, cameo, from, to, placeCountry, outlet, factuality, minMentions,
                limit, offset, v);
    }

    /** True when no filter is set (paging aside): the query selects every event. */
    public boolean selectsAll() {
        return actor == null && dyad == null && plover == null && cameo == null && from == null && to == null
                && placeCountry == null && outlet == null && factuality == null && minMentions == 0;
    }
}
