/**
 * How {@link org.diurna.search.SearchIndex} works: field layout ({@link org.diurna.search.internal.Fields}), the
 * per-language analyzers ({@link org.diurna.search.internal.Analyzers}), query parsing with its fallback
 * ({@link org.diurna.search.internal.TextQueries}), filters, and snippets. Not an API: it may change freely.
 */
package org.diurna.search.internal;
