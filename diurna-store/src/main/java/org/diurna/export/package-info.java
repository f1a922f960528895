/** Exports of the event database: GDELT 2.0 event rows, JSON lines, Parquet tables (docs/exports.md). */
package org.diurna.export;
