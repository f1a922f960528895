package org.diurna.store;

import java.util.List;

/**
 * A page of an event listing and the size of the whole listing.
 *
 * @param events the page's events, in the listing's order
 * @param total  how many events the listing's filters select, its cursor and limit aside
 */
public record EventListing(List<EventRow> events, long total) {
    public EventListing {
        events = List.copyOf(events);
    }
}
