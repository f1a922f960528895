package org.diurna.store.internal;

import java.util.List;
import org.diurna.model.Span;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.text.PreparedText;

/** Reads the layers of a reading that may be partial: a missing layer is an empty one, not an error. */
final class Layered {
    private Layered() {}

    static <T> List<T> list(Document doc, Layer<List<T>> layer) {
        if (!doc.has(layer)) return List.of();
        List<T> v = doc.get(layer);
        return v == null ? List.of() : v;
    }

    static String language(Document doc) {
        if (doc.has(Layers.LANGUAGE) && doc.get(Layers.LANGUAGE) != null) return doc.get(Layers.LANGUAGE);
        return doc.article().language();
    }

    static String title(Document doc) {
        if (doc.article().title() != null) return doc.article().title();
        PreparedText p = prepared(doc);
        return p == null || p.title() == null ? null : p.title().of(doc.text());
    }

    /** The lead: the first paragraph that is not the title line, or null when the text was not prepared. */
    static Span lead(Document doc) {
        PreparedText p = prepared(doc);
        if (p == null) return null;
        for (Span s : p.paragraphs()) if (p.title() == null || !s.overlaps(p.title())) return s;
        return null;
    }

    private static PreparedText prepared(Document doc) {
        return doc.has(Layers.PREPARED) ? doc.get(Layers.PREPARED) : null;
    }

    /** The covered text, or null when the span does not fit the text (a defect upstream, kept visible as null). */
    static String cover(String text, int start, int end) {
        return start >= 0 && start <= end && end <= text.length() ? text.substring(start, end) : null;
    }
}
