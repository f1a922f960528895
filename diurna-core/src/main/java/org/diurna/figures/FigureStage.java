package org.diurna.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diurna.model.Figure;
import org.diurna.model.Mention;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Stage;

/** Reported numbers (casualties, displaced, arrested) with the country of the place their sentence names. */
public final class FigureStage implements Stage {
    private final FigureExtractor extractor = new FigureExtractor();

    @Override public Set<Layer<?>> requires() {
        return Set.of(Layers.PREPARED, Layers.LANGUAGE, Layers.SENTENCES, Layers.MENTIONS);
    }

    @Override public Set<Layer<?>> provides() { return Set.of(Layers.FIGURES); }

    @Override public Document apply(Document doc) {
        String text = doc.get(Layers.PREPARED).normalized();
        List<Figure> out = new ArrayList<>();
        for (Figure f : extractor.extract(text, doc.get(Layers.SENTENCES), doc.get(Layers.LANGUAGE))) {
            out.add(new Figure(f.value(), f.qualifier(), f.unit(), place(f, doc), f.evidence(), f.evidenceText()));
        }
        return doc.with(Layers.FIGURES, List.copyOf(out));
    }

    /** The country of the nearest place in the figure's sentence. */
    private static String place(Figure f, Document doc) {
        var sentence = doc.get(Layers.SENTENCES).stream()
                .filter(s -> s.start() <= f.evidence().start() && f.evidence().start() < s.end()).findFirst();
        if (sentence.isEmpty()) return null;
        String best = null;
        int dist = Integer.MAX_VALUE;
        for (Mention m : doc.get(Layers.MENTIONS)) {
            if (m.place() == null || m.start() < sentence.get().start() || m.end() > sentence.get().end()) continue;
            int d = Math.abs(m.start() - f.evidence().start());
            if (d < dist) {
                dist = d;
                best = m.place().country();
            }
        }
        return best;
    }
}
