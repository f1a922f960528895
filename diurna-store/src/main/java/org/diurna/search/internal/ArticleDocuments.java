package org.diurna.search.internal;

import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.diurna.search.IndexedArticle;

/** Between an {@link IndexedArticle} and its Lucene document. */
public final class ArticleDocuments {
    private ArticleDocuments() {}

    /** The term that identifies an article's document, for updates and deletes. */
    public static Term idTerm(String articleId) {
        return new Term(Fields.ID, articleId);
    }

    public static Document toDocument(IndexedArticle a) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, a.articleId(), Store.YES));
        d.add(new SortedDocValuesField(Fields.ID, new BytesRef(a.articleId())));
        String language = Fields.language(a.language());
        String family = Fields.family(language);
        d.add(new StringField(Fields.LANG, language, Store.YES));
        addText(d, Fields.TITLE, Fields.title(family), a.title());
        addText(d, Fields.TEXT, Fields.text(family), a.text());
        if (a.published() != null) {
            long day = a.published().toEpochDay();
            d.add(new LongPoint(Fields.PUBLISHED, day));
            d.add(new NumericDocValuesField(Fields.PUBLISHED, day));
            d.add(new StoredField(Fields.PUBLISHED, day));
        }
        if (a.outlet() != null) d.add(new StoredField(Fields.OUTLET, a.outlet()));
        if (a.url() != null) d.add(new StoredField(Fields.URL, a.url()));
        for (String code : a.actorCodes()) {
            for (String term : ActorCodes.expand(code)) d.add(new StringField(Fields.ACTOR, term, Store.NO));
        }
        d.add(new StringField(Fields.DUP, a.duplicate() ? "1" : "0", Store.NO));
        return d;
    }

    /** The stored date of a document, or null. */
    public static LocalDate published(Document d) {
        IndexableField f = d.getField(Fields.PUBLISHED);
        return f == null || f.numericValue() == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }

    private static void addText(Document d, String stored, String analysed, String value) {
        if (value == null || value.isEmpty()) return;
        d.add(new StoredField(stored, value));
        d.add(new TextField(analysed, value, Store.NO));
    }
}
