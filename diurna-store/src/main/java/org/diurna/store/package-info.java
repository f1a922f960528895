/**
 * The event database: {@link org.diurna.store.EventStore} keeps articles, their readings and the events they tell in
 * one DuckDB file, clusters the tellings of one happening across articles, and answers filtered event queries.
 * Internals (SQL, clustering rules) live in {@code org.diurna.store.internal}; the schema is {@code schema.sql}.
 */
package org.diurna.store;
