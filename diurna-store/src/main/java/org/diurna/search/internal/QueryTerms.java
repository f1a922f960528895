package org.diurna.search.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The analysed terms a query looks for in one field, to find them again in a hit's stored text: plain terms and
 * phrase words exactly, wildcard and fuzzy terms through their automata. Excluded terms ({@code -x}) are left out:
 * they cannot be in a hit.
 */
public final class QueryTerms {
    private final Set<String> terms = new HashSet<>();
    private final List<ByteRunAutomaton> automata = new ArrayList<>();

    private QueryTerms() {}

    public static QueryTerms of(Query query, String field) {
        QueryTerms out = new QueryTerms();
        query.visit(out.visitor(field));
        return out;
    }

    public boolean isEmpty() {
        return terms.isEmpty() && automata.isEmpty();
    }

    /** Whether an analysed token of the field is one the query looks for. */
    public boolean matches(String token) {
        if (terms.contains(token)) return true;
        if (automata.isEmpty()) return false;
        BytesRef b = new BytesRef(token);
        for (ByteRunAutomaton a : automata) if (a.run(b.bytes, b.offset, b.length)) return true;
        return false;
    }

    private QueryVisitor visitor(String field) {
        return new QueryVisitor() {
            @Override
            public boolean acceptField(String f) {
                return field.equals(f);
            }

            @Override
            public void consumeTerms(Query q, Term... ts) {
                for (Term t : ts) if (field.equals(t.field())) terms.add(t.text());
            }

            @Override
            public void consumeTermsMatching(Query q, String f, Supplier<ByteRunAutomaton> automaton) {
                if (field.equals(f)) automata.add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        };
    }
}
