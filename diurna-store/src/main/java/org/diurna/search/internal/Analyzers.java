package org.diurna.search.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analyzers of the index: one per language family for indexing, and query-time twins that drop the stop words
 * of both languages.
 *
 * <p>Why the union at query time: a query is parsed against the fields of every language and all its words must
 * match. With each field's own stop list, "le" would vanish from the French fields but be required in the English
 * ones (and "the" the other way round), so "le cessez-le-feu" could never find an English article and "the
 * ceasefire" never a French one. Dropping a word at query time that a field kept at index time only widens the
 * match (a phrase keeps the gap), never loses it.
 */
public final class Analyzers {
    private final Map<String, LanguageAnalyzer> index = new HashMap<>();
    private final Map<String, LanguageAnalyzer> query = new HashMap<>();
    private final Analyzer indexWrapper;
    private final Analyzer queryWrapper;

    public Analyzers() {
        CharArraySet fr = FrenchAnalyzer.getDefaultStopSet();
        CharArraySet en = EnglishAnalyzer.getDefaultStopSet();
        CharArraySet both = new CharArraySet(fr.size() + en.size(), true);
        both.addAll(fr);
        both.addAll(en);
        // other languages: StandardAnalyzer's default, no stop words (it does not know the language either)
        index.put(Fields.FR, new LanguageAnalyzer(Fields.FR, fr));
        index.put(Fields.EN, new LanguageAnalyzer(Fields.EN, en));
        index.put(Fields.OTHER, new LanguageAnalyzer(Fields.OTHER, CharArraySet.EMPTY_SET));
        for (String f : Fields.FAMILIES) query.put(f, new LanguageAnalyzer(f, both));
        indexWrapper = perField(index);
        queryWrapper = perField(query);
    }

    /** For the index writer: each analysed field with its family's analyzer. */
    public Analyzer forIndex() {
        return indexWrapper;
    }

    /** For the query parser. */
    public Analyzer forQuery() {
        return queryWrapper;
    }

    /** The index-time analyzer of a family, to find query terms in stored text for snippets. */
    public Analyzer indexAnalyzer(String family) {
        return index.get(family);
    }

    private static Analyzer perField(Map<String, LanguageAnalyzer> byFamily) {
        Map<String, Analyzer> fields = new HashMap<>();
        for (var e : byFamily.entrySet()) {
            fields.put(Fields.title(e.getKey()), e.getValue());
            fields.put(Fields.text(e.getKey()), e.getValue());
        }
        return new PerFieldAnalyzerWrapper(byFamily.get(Fields.OTHER), fields);
    }
}
