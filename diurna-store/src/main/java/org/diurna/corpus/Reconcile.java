package org.diurna.corpus;

import java.util.Map;
import org.diurna.dedup.NearDuplicates;
import org.diurna.search.IndexedArticle;
import org.diurna.search.SearchIndex;
import org.diurna.store.EventStore;

/**
 * Start-up repairs after an interrupted run: the near-duplicate index is rebuilt from the signatures the database
 * kept, and the search index is brought back in line with the database (the database is the truth: it commits each
 * article in one transaction, the search index only every hundred).
 */
public final class Reconcile {
    private Reconcile() {}

    static NearDuplicates nearDuplicates(Map<String, byte[]> signatures) {
        NearDuplicates near = new NearDuplicates();
        for (Map.Entry<String, byte[]> e : signatures.entrySet()) {
            if (e.getValue() != null) near.add(e.getKey(), NearDuplicates.fromBytes(e.getValue()));
        }
        return near;
    }

    /** Brings {@code index} in line with the articles of {@code store} (adds what is missing, drops the rest). */
    public static void index(EventStore store, SearchIndex index) {
        index(store, store.signatures(), index);
    }

    static void index(EventStore store, Map<String, byte[]> signatures, SearchIndex index) {
        var indexed = index.ids();
        var stored = signatures.keySet();
        for (String id : indexed) if (!stored.contains(id)) index.delete(id);
        for (String id : stored) {
            if (!indexed.contains(id)) store.article(id).ifPresent(a -> index.add(new IndexedArticle(a.articleId(), a.language(),
                    a.title(), a.text(), a.published(), a.outlet(), a.url(), a.actorCodes(), a.duplicate())));
        }
        index.commit();
    }
}
