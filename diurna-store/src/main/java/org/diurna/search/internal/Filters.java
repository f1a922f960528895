package org.diurna.search.internal;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.diurna.search.SearchQuery;

/** The text query of a {@link SearchQuery} with its filters, which restrict hits without changing scores. */
public final class Filters {
    private Filters() {}

    /** {@code text} (or every document when null) restricted by the query's dates, actor, language, duplicates. */
    public static Query apply(Query text, SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.PUBLISHED, from, to), Occur.FILTER);
        }
        String actor = ActorCodes.normalise(q.actor());
        if (!actor.isEmpty()) b.add(new TermQuery(new Term(Fields.ACTOR, actor)), Occur.FILTER);
        String language = Fields.language(q.language());
        if (!language.isEmpty()) b.add(new TermQuery(new Term(Fields.LANG, language)), Occur.FILTER);
        if (!q.includeDuplicates()) b.add(new TermQuery(new Term(Fields.DUP, "0")), Occur.FILTER);
        return b.build();
    }
}
