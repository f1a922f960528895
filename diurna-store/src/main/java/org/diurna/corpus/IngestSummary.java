package org.diurna.corpus;

/**
 * What an ingest did, so far or in all.
 *
 * @param inputs         inputs seen (articles and failed records)
 * @param stored         articles read and stored
 * @param nearDuplicates of which stored as near-duplicates of an earlier article
 * @param exact          inputs skipped because the very same text is already stored (re-ingest, or a copy)
 * @param rejected       inputs that could not be read (recorded in the problems table)
 * @param eventMentions  event mentions stored
 * @param tokens         tokens read
 * @param seconds        wall time
 */
public record IngestSummary(long inputs, long stored, long nearDuplicates, long exact, long rejected,
                            long eventMentions, long tokens, double seconds) {

    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : stored / seconds;
    }

    IngestSummary plus(long in, long st, long near, long ex, long rej, long ev, long tok, double s) {
        return new IngestSummary(inputs + in, stored + st, nearDuplicates + near, exact + ex, rejected + rej,
                eventMentions + ev, tokens + tok, s);
    }
}
