package org.diurna.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Query text to a Lucene query over the title and text fields of the chosen languages.
 *
 * <p>Every word must match (AND), each in any of the fields, so a French query finds French articles through the
 * French fields and an English query English ones, without asking the user which language they typed.
 */
public final class TextQueries {
    /** Titles weigh this much more than text: a word in the headline says what the article is about. */
    static final float TITLE_BOOST = 2.0f;
    /**
     * Words beyond this are dropped. Each word becomes a clause per field (six of them), and Lucene refuses queries
     * of over 1024 clauses; 32 words is more than any search a person types, and still room for a pasted headline.
     */
    static final int MAX_WORDS = 32;

    private final Analyzers analyzers;

    public TextQueries(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * The query for {@code text} over the fields of {@code families}. Never throws on the text: what the classic
     * parser refuses ("AND (", an unbalanced quote) is searched as its plain words.
     */
    public Query parse(String text, List<String> families) {
        String capped = capWords(text);
        String[] fields = fields(families);
        Map<String, Float> boosts = new HashMap<>();
        for (String f : families) boosts.put(Fields.title(f), TITLE_BOOST);
        // the parser keeps state: one per call, which also makes this class safe to share between threads
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzers.forQuery(), boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // "cessez-le-feu", "al-Assad": the parts of one typed word are a phrase, not loose words; that needs each
        // whitespace-separated word analysed on its own (Lucene 9 defaults to analysing runs of words together)
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            return parser.parse(disableFieldSyntax(capped));
        } catch (ParseException | RuntimeException e) {
            // the text is anyone's: besides syntax errors, Lucene throws unchecked exceptions for queries it cannot
            // build (too many clauses, a fuzzy or wildcard term it refuses), and none of that is the caller's fault
            return plainWords(capped, fields, boosts);
        }
    }

    /**
     * The fallback: each whitespace-separated word analysed as text (operators and brackets are just characters,
     * and vanish in analysis), every word required in some field.
     */
    Query plainWords(String text, String[] fields, Map<String, Float> boosts) {
        QueryBuilder builder = new QueryBuilder(analyzers.forQuery());
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : text.strip().split("\\s+")) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int clauses = 0;
            for (String field : fields) {
                Query q = builder.createBooleanQuery(field, word, Occur.MUST);
                if (q == null) continue;
                float boost = boosts.getOrDefault(field, 1f);
                any.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
                clauses++;
            }
            if (clauses > 0) all.add(any.build(), Occur.MUST);
        }
        return all.build();
    }

    private static String[] fields(List<String> families) {
        List<String> out = new ArrayList<>();
        for (String f : families) {
            out.add(Fields.title(f));
            out.add(Fields.text(f));
        }
        return out.toArray(String[]::new);
    }

    static String capWords(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= MAX_WORDS ? text : String.join(" ", List.of(words).subList(0, MAX_WORDS));
    }

    /**
     * Escapes ':' and '/' unless already escaped. The field names are internal, so "x:y" could only ever be a mistake
     * (a headline "Syrie : trêve", a URL), and "/…/" would be read as a regular expression.
     */
    static String disableFieldSyntax(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!escaped && (c == ':' || c == '/')) sb.append('\\');
            sb.append(c);
            escaped = !escaped && c == '\\';
        }
        return sb.toString();
    }
}
