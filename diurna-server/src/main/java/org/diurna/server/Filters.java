package org.diurna.server;

import java.time.LocalDate;
import org.diurna.search.Hit;
import org.diurna.search.SearchIndex;
import org.diurna.search.SearchQuery;
import org.diurna.store.EventQuery;
import org.diurna.store.EventSelection;

/** The event filters of docs/api.md, from checked parameters to a store selection. */
final class Filters {
    /** How many matching articles {@code q} may restrict events to. */
    static final int MAX_ARTICLES = 10_000;

    private Filters() {}

    static EventSelection selection(Params p, SearchIndex index) {
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.order(from, to);
        EventQuery base = EventQuery.all().actor(p.string("actor")).dyad(p.dyad("dyad")).plover(p.plover("type"))
                .cameo(p.cameo("cameo")).from(from).to(to).placeCountry(p.iso3("place")).outlet(p.string("outlet"))
                .factuality(p.factuality("factuality"));
        EventSelection s = EventSelection.of(base).country(p.iso3("country")).bbox(p.bbox("bbox"));
        String q = p.string("q");
        if (q != null) {
            s = s.articleIds(index.search(SearchQuery.of(q).withDuplicates(true).page(MAX_ARTICLES, 0)).hits()
                    .stream().map(Hit::articleId).toList());
        }
        return s;
    }
}
