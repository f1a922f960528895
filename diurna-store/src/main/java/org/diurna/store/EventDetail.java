package org.diurna.store;

import java.util.List;

/** A stored event with every mention that backs it, in ingest order. */
public record EventDetail(EventRow event, List<EventMention> mentions) {
    public EventDetail {
        mentions = List.copyOf(mentions);
    }
}
