package org.diurna.store.internal;

import java.util.Objects;
import org.diurna.model.Event;
import org.diurna.model.Participant;
import org.diurna.model.Place;
import org.diurna.store.EventActor;

/**
 * What clustering compares and what an {@code events} row holds of an event, whether it comes from a reading or from
 * the database: type, coded actors, date, place, factuality.
 */
public record Facts(String plover, String mode, String cameo, EventActor source, EventActor target, boolean symmetric,
                    String date, String datePrecision, Place place, String factuality)
        implements java.io.Serializable {
    public Facts {
        Objects.requireNonNull(plover, "plover");
        source = source == null ? new EventActor(null, null, null, null) : source;
        target = target == null ? new EventActor(null, null, null, null) : target;
    }

    public static Facts of(Event e) {
        return new Facts(e.plover(), e.mode(), e.cameo(), actor(e.source()), actor(e.target()), e.symmetric(),
                e.date(), e.datePrecision(), e.place(), e.factuality());
    }

    private static EventActor actor(Participant p) {
        return p == null ? null : new EventActor(p.name(), p.country(), p.sector(), p.actorId());
    }

    public String placeCountry() {
        return place == null ? null : place.country();
    }
}
