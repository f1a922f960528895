/**
 * Full-text search over the articles of the event database, with Lucene.
 *
 * <p>{@link org.diurna.search.SearchIndex} is the whole interface: open it on {@code DB/lucene}, {@code add} each
 * stored article as an {@link org.diurna.search.IndexedArticle}, {@code commit} every few hundred articles and at the
 * end of a run, and {@code search} with a {@link org.diurna.search.SearchQuery}. The database is the truth: at start,
 * {@code ids()} tells which stored articles the index lacks after a crash.
 *
 * <p>The analysis details (fields, analyzers, query parsing, snippets) are in {@code org.diurna.search.internal},
 * which callers should not use.
 */
package org.diurna.search;
