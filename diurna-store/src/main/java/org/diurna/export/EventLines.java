package org.diurna.export;

import java.util.List;
import org.diurna.store.EventMention;
import org.diurna.store.EventRow;

/** One event as a line of an export, for callers that stream their own pages (the HTTP API). */
public final class EventLines {
    private EventLines() {}

    /** GDELT 2.0 column names, tab-separated. */
    public static String gdeltHeader() {
        return String.join("\t", GdeltRow.COLUMNS);
    }

    /** The event as a GDELT 2.0 row (tab-separated, no newline). */
    public static String gdelt(EventRow e) {
        return GdeltRow.line(e);
    }

    /** The event as a JSON line of the JSONL export (no newline). */
    public static String json(EventRow e, List<EventMention> mentions) {
        return EventJson.of(e, mentions).toString();
    }
}
