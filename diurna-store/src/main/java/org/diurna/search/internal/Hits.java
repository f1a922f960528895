package org.diurna.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.diurna.search.Hit;

/** Reads hits back from stored fields, with a snippet for the query's terms in the hit's language. */
public final class Hits {
    private final StoredFields stored;
    private final Analyzers analyzers;
    private final Query text;
    /** Query terms per analysed field, computed once per search rather than once per hit. */
    private final Map<String, QueryTerms> termsByField = new HashMap<>();

    /**
     * @param text the text part of the query, or null when there is none (snippets are then the text's beginning)
     */
    public Hits(StoredFields stored, Analyzers analyzers, Query text) {
        this.stored = stored;
        this.analyzers = analyzers;
        this.text = text;
    }

    public Hit read(ScoreDoc sd, float score) throws IOException {
        Document d = stored.document(sd.doc);
        String family = Fields.family(d.get(Fields.LANG));
        String field = Fields.text(family);
        QueryTerms terms = termsByField.computeIfAbsent(field,
                f -> QueryTerms.of(text == null ? new MatchNoDocsQuery() : text, f));
        String snippet = Snippets.of(d.get(Fields.TEXT), analyzers.indexAnalyzer(family), field, terms);
        return new Hit(d.get(Fields.ID), score, d.get(Fields.TITLE), ArticleDocuments.published(d),
                d.get(Fields.OUTLET), d.get(Fields.URL), snippet);
    }
}
