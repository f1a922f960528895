package org.diurna.export;

/** Export formats (docs/exports.md). */
public enum Format {
    /** GDELT 2.0 event table: 61 tab-separated columns per event, as GDELT publishes its .CSV files. */
    GDELT_CSV,
    /** One JSON object per line per event: the reading's event fields, counters and every mention. */
    JSONL,
    /** Every table as {@code OUT/table.parquet}; OUT is a directory. */
    PARQUET
}
