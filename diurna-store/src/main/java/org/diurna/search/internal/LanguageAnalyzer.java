package org.diurna.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The chain of Lucene's FrenchAnalyzer, EnglishAnalyzer or StandardAnalyzer, with accents folded.
 *
 * <p>Those analyzers are final and do not fold accents, so "Erdogan" would not find "Erdoğan"; this rebuilds their
 * chains (same tokenizer, elision articles, possessive filter, stemmers) with an ASCII folding step after the stop
 * filter (the stop lists are accented: "été", "où") and before the stemmer, so that a query typed without accents
 * ("securite") reaches the same stem as the accented text ("sécurité").
 */
public final class LanguageAnalyzer extends Analyzer {
    private final String family;
    private final CharArraySet stopWords;

    /**
     * @param family    {@link Fields#FR}, {@link Fields#EN} or {@link Fields#OTHER}
     * @param stopWords words dropped before folding and stemming (may be empty)
     */
    public LanguageAnalyzer(String family, CharArraySet stopWords) {
        this.family = family;
        this.stopWords = stopWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = source;
        if (Fields.FR.equals(family)) ts = new ElisionFilter(ts, FrenchAnalyzer.DEFAULT_ARTICLES);
        if (Fields.EN.equals(family)) ts = new EnglishPossessiveFilter(ts);
        ts = new LowerCaseFilter(ts);
        if (!stopWords.isEmpty()) ts = new StopFilter(ts, stopWords);
        ts = new ASCIIFoldingFilter(ts);
        if (Fields.FR.equals(family)) ts = new FrenchLightStemFilter(ts);
        if (Fields.EN.equals(family)) ts = new PorterStemFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    /** For wildcard and fuzzy terms, which are not stemmed: case and accents only. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream ts = in;
        if (Fields.FR.equals(family)) ts = new ElisionFilter(ts, FrenchAnalyzer.DEFAULT_ARTICLES);
        return new ASCIIFoldingFilter(new LowerCaseFilter(ts));
    }
}
