package org.diurna.time;

import java.util.List;
import java.util.Set;
import org.diurna.model.Problem;
import org.diurna.model.Timex;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Stage;

/**
 * Adds the {@link Layers#TIMEXES} layer: the time expressions of the analysis text, resolved against the article's
 * publication date. A language without a temporal tagger gets an empty layer and a warning, not a rejection: the
 * events can still be read, undated.
 */
public final class TimeStage implements Stage {
    private final TemporalTagger tagger;

    public TimeStage(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    public TimeStage() {
        this(TemporalTagger.get());
    }

    @Override public Set<Layer<?>> requires() { return Set.of(Layers.PREPARED, Layers.LANGUAGE, Layers.SENTENCES); }

    @Override public Set<Layer<?>> provides() { return Set.of(Layers.TIMEXES); }

    @Override public Document apply(Document doc) {
        String language = doc.get(Layers.LANGUAGE);
        if (!TemporalTagger.supports(language)) {
            return doc.with(Layers.TIMEXES, List.<Timex>of()).warn(new Problem("language", doc.article().id(),
                    "no temporal tagger for language '" + language + "': the events will carry no dates"));
        }
        List<Timex> timexes = tagger.tag(doc.get(Layers.PREPARED).analysisText(), doc.get(Layers.SENTENCES),
                language, doc.article().published());
        return doc.with(Layers.TIMEXES, List.copyOf(timexes));
    }
}
