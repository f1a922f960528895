package org.diurna.search.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The ids of all live documents. Read from doc values rather than stored fields: no document is decompressed, so
 * listing a large index to reconcile it with the database stays cheap.
 */
public final class ArticleIds {
    private ArticleIds() {}

    public static Set<String> of(IndexReader reader) throws IOException {
        Set<String> ids = new HashSet<>(Math.max(16, reader.numDocs() * 2));
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            SortedDocValues values = DocValues.getSorted(leaf.reader(), Fields.ID);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                // a replaced or deleted document stays in its segment, flagged, until segments merge
                if (live == null || live.get(doc)) ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }
        return ids;
    }
}
