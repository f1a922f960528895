package org.diurna.spark.internal;

import java.io.Serializable;
import java.util.List;
import org.diurna.model.Problem;
import org.diurna.store.internal.Facts;

/**
 * What a read task made of one input: a problem, or an article's rows as the store would write them (the
 * article row still lacks its sequence number, near-duplicate link and stamp, which only the whole corpus gives).
 *
 * @param order      the input's place in reading order: file number in the high 32 bits, record number below
 * @param articleId  the ingest's content hash, or null when the input failed before it had a text
 * @param problem    why the input was rejected, or null
 * @param published  publication month partition of the article's rows ("2016-11", or "unknown")
 * @param article    the {@code articles} row (see {@link org.diurna.store.internal.TableValues#article})
 * @param signature  MinHash signature of the compared text
 * @param mentions   one {@code mentions} row per event, its {@code event_id} still null
 * @param facts      the facts of each event, in the same order
 * @param evidence   the evidence clause of each event, in the same order
 */
public record ReadOutcome(long order, String source, String articleId, Problem problem, String published,
                          Object[] article, long[] signature, List<Object[]> entities, List<Object[]> quotes,
                          List<Object[]> figures, List<Object[]> mentions, List<Facts> facts,
                          List<String> evidence) implements Serializable {

    static ReadOutcome failed(long order, String source, String articleId, Problem p) {
        return new ReadOutcome(order, source, articleId, p, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    public boolean ok() {
        return problem == null;
    }

    /** The local id of event {@code i} (the mention row's fourth column). */
    public String localId(int i) {
        return (String) mentions.get(i)[3];
    }
}
