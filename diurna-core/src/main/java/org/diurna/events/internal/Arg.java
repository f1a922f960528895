package org.diurna.events.internal;

import java.util.List;
import org.diurna.model.Actor;
import org.diurna.model.Place;
import org.diurna.model.Span;

/** The actors an argument slot found, where the text names them, and the place when it came from a place. */
public record Arg(List<Actor> actors, Span span, Place place) {
    public static final Arg NONE = new Arg(List.of(), null, null);

    public boolean empty() { return actors.isEmpty(); }
}
