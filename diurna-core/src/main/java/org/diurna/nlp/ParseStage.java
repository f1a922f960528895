package org.diurna.nlp;

import java.util.Set;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Stage;

/** Tokens, POS, NER and dependency parse by CoreNLP over the prepared text (boilerplate blanked, offsets kept). */
public final class ParseStage implements Stage {
    @Override public Set<Layer<?>> requires() { return Set.of(Layers.PREPARED, Layers.LANGUAGE); }

    @Override public Set<Layer<?>> provides() { return Set.of(Layers.SENTENCES); }

    @Override public Document apply(Document doc) {
        String text = doc.get(Layers.PREPARED).analysisText();
        return doc.with(Layers.SENTENCES, CoreNlp.parse(text, doc.get(Layers.LANGUAGE), CoreNlp.Depth.PARSE));
    }
}
