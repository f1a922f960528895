package org.diurna.store.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Event clustering in memory, for a corpus job that cannot ask a database: the rule of the store's writer, told
 * tellings in reading order. Rows are only ever joined by tellings of their own {@link #block}, so a job may file
 * each block apart (in parallel) and get the rows the store gets when it ingests the same articles in the same order.
 */
public final class Filing {
    /** An event of one article; {@code seq} is the article's place in the reading order, {@code index} the event's. */
    public record Telling(long seq, int index, String articleId, String localId, boolean duplicate, Facts facts,
                          String evidence) implements Serializable {}

    /** An events row: created by the telling ({@code seq}, {@code index}), with its facts once refined. */
    public record Row(String eventId, long seq, int index, Facts facts, String evidence) implements Serializable {}

    /** Which row a telling joined or created; tellings of copies that no original told have none. */
    public record Assignment(String articleId, String localId, String eventId) implements Serializable {}

    /** The rows of one block and where each of its tellings went. */
    public record Result(List<Row> rows, List<Assignment> assignments) implements Serializable {}

    private Filing() {}

    /**
     * The key outside which no row can be compatible: type, factuality and the two coded actors in a fixed order
     * (either order can be compatible when the relation is mutual).
     */
    public static String block(Facts f) {
        String a = code(f.source().country(), f.source().sector());
        String b = code(f.target().country(), f.target().sector());
        String pair = a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
        return f.plover() + "|" + f.factuality() + "|" + pair;
    }

    private static String code(String country, String sector) {
        return (country == null ? "\u0000" : country) + "/" + (sector == null ? "\u0000" : sector);
    }

    /** Files the tellings of one block, in any order given, as the store's writer does article after article. */
    public static Result file(List<Telling> tellings) {
        List<Telling> ordered = new ArrayList<>(tellings);
        ordered.sort(Comparator.comparingLong(Telling::seq).thenComparingInt(Telling::index));
        List<Open> rows = new ArrayList<>();
        List<Assignment> out = new ArrayList<>();
        int i = 0;
        while (i < ordered.size()) {
            long seq = ordered.get(i).seq();
            Set<Open> touched = new HashSet<>();
            for (; i < ordered.size() && ordered.get(i).seq() == seq; i++) {
                Telling t = ordered.get(i);
                Open best = best(rows, touched, t.facts());
                if (best != null) {
                    best.facts = Clustering.refine(best.facts, t.facts());
                } else if (t.duplicate()) {
                    continue;
                } else {
                    best = new Open(Ids.event(t.articleId(), t.localId()), t, rows.size());
                    rows.add(best);
                }
                touched.add(best);
                out.add(new Assignment(t.articleId(), t.localId(), best.eventId));
            }
            // counters move once the article is stored, as the store recounts after the article's transaction
            for (Open r : touched) r.mentions++;
        }
        List<Row> done = new ArrayList<>();
        for (Open r : rows) {
            done.add(new Row(r.eventId, r.created.seq(), r.created.index(), r.facts, r.created.evidence()));
        }
        return new Result(done, out);
    }

    private static Open best(List<Open> rows, Set<Open> touched, Facts f) {
        Comparator<Open> order = Comparator.comparing((Open r) -> r.facts, Clustering.dateFirst(f))
                .thenComparingInt(r -> -r.mentions)
                .thenComparingInt(r -> r.no);
        return rows.stream()
                .filter(r -> !touched.contains(r) && Clustering.compatible(r.facts, f))
                .min(order).orElse(null);
    }

    /** A row being filed: identity semantics (two rows may hold equal facts). */
    private static final class Open {
        final String eventId;
        final Telling created;
        final int no;
        Facts facts;
        int mentions;

        Open(String eventId, Telling created, int no) {
            this.eventId = eventId;
            this.created = created;
            this.no = no;
            this.facts = created.facts();
        }
    }
}
