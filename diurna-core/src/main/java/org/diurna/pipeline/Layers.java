package org.diurna.pipeline;

import java.util.List;
import org.diurna.model.Event;
import org.diurna.model.Figure;
import org.diurna.model.Mention;
import org.diurna.model.Quote;
import org.diurna.model.Sentence;
import org.diurna.model.Timex;

/** The layers of a reading, in the order the standard pipeline adds them. */
public final class Layers {
    private Layers() {}

    /** Normalised text, boilerplate, credit, title: {@link org.diurna.text.PreparedText}. */
    public static final Layer<org.diurna.text.PreparedText> PREPARED = Layer.of("prepared", org.diurna.text.PreparedText.class);
    /** ISO 639-1 code of the detected language. */
    public static final Layer<String> LANGUAGE = Layer.of("language", String.class);
    public static final Layer<List<Sentence>> SENTENCES = Layer.of("sentences", List.class);
    public static final Layer<List<Timex>> TIMEXES = Layer.of("timexes", List.class);
    public static final Layer<List<Mention>> MENTIONS = Layer.of("mentions", List.class);
    public static final Layer<List<Quote>> QUOTES = Layer.of("quotes", List.class);
    public static final Layer<List<Figure>> FIGURES = Layer.of("figures", List.class);
    /** Event mentions, one per matched predicate, before merging. */
    public static final Layer<List<Event>> EVENT_MENTIONS = Layer.of("event-mentions", List.class);
    /** Events after merging the mentions of one happening. */
    public static final Layer<List<Event>> EVENTS = Layer.of("events", List.class);
}
