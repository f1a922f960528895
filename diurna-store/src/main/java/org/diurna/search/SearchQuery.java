package org.diurna.search;

import java.time.LocalDate;

/**
 * What to look for. Start from {@link #of(String)} and narrow with the {@code with…} methods.
 *
 * <p>The text uses Lucene's classic syntax: words (all of them must match, in any field of any language),
 * {@code "quoted phrases"}, {@code OR}, {@code -excluded}, {@code prefix*}. Field syntax ({@code title:x}) is not
 * offered: a colon is an ordinary character, so a pasted headline "Syrie : cessez-le-feu" searches its words.
 * Text that does not parse is searched as plain words, never an error.
 *
 * @param text              the query text; null or blank lists every article that passes the filters, newest first
 * @param from              earliest publication date, inclusive, or null
 * @param to                latest publication date, inclusive, or null
 * @param actor             a country ("TUR") or country + sector ("TUR GOV", "TURGOV") code, or null
 * @param language          only articles in this language ("fr", "en"), or null for all
 * @param includeDuplicates whether near-duplicates of earlier articles are returned too
 * @param limit             page size, 0 to count only
 * @param offset            hits to skip, for paging
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String actor, String language,
                          boolean includeDuplicates, int limit, int offset) {
    /** The page size of {@link #of(String)}. */
    public static final int DEFAULT_LIMIT = 20;
    /** How deep paging may go: each search keeps offset + limit hits in memory. */
    public static final int MAX_DEPTH = 100_000;

    public SearchQuery {
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("negative limit or offset");
        if ((long) limit + offset > MAX_DEPTH) throw new IllegalArgumentException("offset + limit over " + MAX_DEPTH);
    }

    /** The first {@value #DEFAULT_LIMIT} hits for {@code text}, no filters, duplicates excluded. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, false, DEFAULT_LIMIT, 0);
    }

    /** Only articles published between the two dates, inclusive; either may be null for an open end. */
    public SearchQuery between(LocalDate newFrom, LocalDate newTo) {
        return new SearchQuery(text, newFrom, newTo, actor, language, includeDuplicates, limit, offset);
    }

    /** Only articles involving this actor code; a country code also finds its sectors. */
    public SearchQuery withActor(String code) {
        return new SearchQuery(text, from, to, code, language, includeDuplicates, limit, offset);
    }

    /** Only articles in this language. */
    public SearchQuery inLanguage(String code) {
        return new SearchQuery(text, from, to, actor, code, includeDuplicates, limit, offset);
    }

    /** Whether near-duplicates are returned too. */
    public SearchQuery withDuplicates(boolean include) {
        return new SearchQuery(text, from, to, actor, language, include, limit, offset);
    }

    /** Another page. */
    public SearchQuery page(int newLimit, int newOffset) {
        return new SearchQuery(text, from, to, actor, language, includeDuplicates, newLimit, newOffset);
    }
}
