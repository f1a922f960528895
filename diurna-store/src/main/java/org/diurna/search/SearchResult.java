package org.diurna.search;

import java.util.List;

/**
 * A page of hits.
 *
 * @param total how many articles match in all (not only on this page)
 * @param hits  the requested page, best first
 */
public record SearchResult(long total, List<Hit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
