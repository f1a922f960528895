package org.diurna.corpus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diurna.dedup.NearDuplicates;
import org.diurna.ingest.Input;
import org.diurna.model.Article;
import org.diurna.model.Event;
import org.diurna.model.Participant;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.search.IndexedArticle;
import org.diurna.search.SearchIndex;
import org.diurna.store.EventStore;
import org.diurna.store.StoredArticle;

/** Writes one read article to the database (one transaction) and to the search index. */
final class Stored {
    private Stored() {}

    static void write(EventStore store, SearchIndex index, String id, Input in, Ingester.Reading r, String dupOf,
                      double similarity) {
        Document doc = r.doc();
        byte[] sig = NearDuplicates.toBytes(r.signature());
        if (!store.addArticle(new StoredArticle(id, in.source(), in.article(), doc, dupOf, similarity, sig))) return;
        index.add(indexed(id, in.article(), doc, dupOf != null));
    }

    static IndexedArticle indexed(String id, Article a, Document doc, boolean duplicate) {
        String title = a.title();
        if (title == null && doc.has(Layers.PREPARED) && doc.get(Layers.PREPARED).title() != null) {
            title = doc.get(Layers.PREPARED).title().of(a.text());
        }
        String lang = doc.has(Layers.LANGUAGE) ? doc.get(Layers.LANGUAGE) : a.language();
        return new IndexedArticle(id, lang, title, a.text(), a.published(), a.outlet(), a.url(), actorCodes(doc),
                duplicate);
    }

    /** Country and country+sector codes of every participant, for the search's actor filter. */
    static List<String> actorCodes(Document doc) {
        Set<String> codes = new LinkedHashSet<>();
        if (!doc.has(Layers.EVENTS)) return List.of();
        for (Event e : doc.get(Layers.EVENTS)) {
            for (Participant p : new Participant[] {e.source(), e.target()}) {
                if (p == null || p.country() == null) continue;
                codes.add(p.country());
                if (p.sector() != null) codes.add(p.country() + p.sector());
            }
        }
        return List.copyOf(codes);
    }
}
