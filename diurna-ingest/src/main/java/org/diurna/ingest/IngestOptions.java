package org.diurna.ingest;

import java.time.LocalDate;

/**
 * How inputs are read.
 *
 * @param published publication date for inputs that carry none (plain text without sidecar), or null
 * @param maxBytes  largest single article or file read; larger ones are recorded as problems
 */
public record IngestOptions(LocalDate published, int maxBytes) {
    public static IngestOptions defaults() { return new IngestOptions(null, TextInput.DEFAULT_MAX_BYTES); }
}
