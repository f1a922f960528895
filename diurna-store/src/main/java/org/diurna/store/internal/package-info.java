/** Internals of the event store: schema, SQL, clustering. Not an API: may change with any version. */
package org.diurna.store.internal;
