package org.diurna.spark.internal;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.diurna.model.Place;
import org.diurna.store.EventActor;
import org.diurna.store.EventRow;
import org.diurna.store.internal.Facts;
import org.diurna.store.internal.Filing;
import scala.Tuple2;

/**
 * Cross-article event clustering and the {@code events} and {@code mentions} rows. Tellings are grouped by
 * {@link Filing#block} (type, factuality, coded actors) and each block is filed on its own, in reading order, by the
 * rule the store applies when it ingests the same articles; counters are then aggregated from the mentions.
 */
public final class EventTables implements Serializable {
    /** What the counters of an event need of one mention and its article. */
    record Told(String articleId, String outlet, LocalDateTime reported, List<String> attributedTo, boolean inLead,
                String url, long seq, Integer start) implements Serializable {}

    /** An event's row values with its GDELT line inputs. */
    public record Made(Object[] values, String month, EventRow row) implements Serializable {}

    private final JavaRDD<Object[]> mentions;
    private final JavaRDD<Made> events;

    private EventTables(JavaRDD<Object[]> mentions, JavaRDD<Made> events) {
        this.mentions = mentions;
        this.events = events;
    }

    public JavaRDD<Object[]> mentions() { return mentions; }

    public JavaRDD<Made> events() { return events; }

    public static EventTables of(JavaRDD<Stored> stored, LocalDateTime stamp, int partitions) {
        JavaRDD<Filing.Result> filed = stored.flatMapToPair(s -> {
            List<Tuple2<String, Filing.Telling>> out = new ArrayList<>();
            ReadOutcome r = s.read();
            for (int i = 0; i < r.facts().size(); i++) {
                Facts f = r.facts().get(i);
                out.add(new Tuple2<>(Filing.block(f), new Filing.Telling(s.seq(), i, r.articleId(), r.localId(i),
                        s.duplicate(), f, r.evidence().get(i))));
            }
            return out.iterator();
        }).groupByKey(partitions).map(g -> {
            List<Filing.Telling> all = new ArrayList<>();
            g._2().forEach(all::add);
            return Filing.file(all);
        }).persist(StorageLevel.MEMORY_AND_DISK());

        JavaPairRDD<String, String> assigned = filed.flatMapToPair(res -> res.assignments().stream()
                .map(a -> new Tuple2<>(a.articleId() + "/" + a.localId(), a.eventId())).iterator());
        JavaPairRDD<String, Tuple2<Object[], Told>> told = stored.flatMapToPair(s -> {
            List<Tuple2<String, Tuple2<Object[], Told>>> out = new ArrayList<>();
            Object[] a = s.read().article();
            LocalDateTime reported = a[6] == null ? stamp : ((java.time.LocalDate) a[6]).atStartOfDay();
            for (Object[] m : s.read().mentions()) {
                @SuppressWarnings("unchecked") List<String> attributed = (List<String>) m[12];
                out.add(new Tuple2<>(m[2] + "/" + m[3], new Tuple2<>(m, new Told((String) m[2], (String) a[4],
                        reported, attributed, (Boolean) m[15], (String) a[3], s.seq(), (Integer) m[4]))));
            }
            return out.iterator();
        });
        JavaPairRDD<String, Tuple2<Object[], Told>> joined = told.join(assigned, partitions).mapToPair(t -> {
            Object[] m = t._2()._1()._1().clone();
            m[1] = t._2()._2();
            return new Tuple2<>((String) m[1], new Tuple2<>(m, t._2()._1()._2()));
        }).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Object[]> mentionRows = joined.map(t -> t._2()._1());

        JavaPairRDD<String, Counters> counters = joined.mapValues(t -> t._2()).groupByKey(partitions)
                .mapValues(Counters::of);
        JavaPairRDD<String, Filing.Row> rows = filed.flatMapToPair(res -> res.rows().stream()
                .map(r -> new Tuple2<>(r.eventId(), r)).iterator());
        JavaRDD<Made> made = rows.join(counters, partitions).values()
                .sortBy(t -> String.format("%020d/%010d", t._1().seq(), t._1().index()), true, partitions)
                .zipWithIndex()
                .map(t -> make(t._1()._1(), t._1()._2(), t._2() + 1, stamp));
        return new EventTables(mentionRows, made);
    }

    static Made make(Filing.Row r, Counters c, long no, LocalDateTime stamp) {
        Facts f = r.facts();
        EventActor s = f.source();
        EventActor t = f.target();
        Place p = f.place();
        Integer quad = org.diurna.store.internal.Cameo.quadClass(f.cameo());
        Double goldstein = org.diurna.store.internal.Cameo.goldstein(f.cameo());
        java.time.LocalDate day = org.diurna.store.internal.IsoDates.firstDay(f.date());
        Object[] v = {r.eventId(), no, f.plover(), f.mode(), f.cameo(), quad, goldstein, s.name(), s.country(),
                s.sector(), s.actorId(), t.name(), t.country(), t.sector(), t.actorId(), f.symmetric(), f.date(),
                f.datePrecision(), day, p == null ? null : p.name(), p == null ? null : p.country(),
                p == null ? null : p.kind(), p == null ? null : p.lat(), p == null ? null : p.lon(), f.factuality(),
                r.evidence(), c.mentions, c.articles, c.outlets, c.outletList, c.sources, c.first, c.last, stamp};
        EventRow row = new EventRow(r.eventId(), no, f.plover(), f.mode(), f.cameo(), quad, goldstein, s, t,
                f.symmetric(), f.date(), f.datePrecision(), day, p, f.factuality(), c.mentions, c.articles,
                c.outlets, c.outletList, c.sources, c.first, c.last, stamp, r.evidence(), c.firstUrl, c.lead);
        String month = day == null ? Tables.UNKNOWN_MONTH : day.toString().substring(0, 7);
        return new Made(v, month, row);
    }

    /** The counters the store recomputes from {@code mentions} joined with {@code articles}. */
    static final class Counters implements Serializable {
        int mentions;
        int articles;
        int outlets;
        List<String> outletList;
        List<String> sources;
        LocalDateTime first;
        LocalDateTime last;
        String firstUrl;
        boolean lead;

        static Counters of(Iterable<Told> all) {
            Counters c = new Counters();
            TreeSet<String> ids = new TreeSet<>();
            TreeSet<String> sourcesOf = new TreeSet<>();
            TreeSet<String> outletNames = new TreeSet<>();
            TreeSet<String> attributions = new TreeSet<>();
            Told firstWithUrl = null;
            for (Told t : all) {
                c.mentions++;
                ids.add(t.articleId());
                sourcesOf.add(t.outlet() != null ? t.outlet() : "article:" + t.articleId());
                if (t.outlet() != null) outletNames.add(t.outlet());
                attributions.addAll(t.attributedTo());
                if (c.first == null || t.reported().isBefore(c.first)) c.first = t.reported();
                if (c.last == null || t.reported().isAfter(c.last)) c.last = t.reported();
                c.lead |= t.inLead();
                if (t.url() != null && (firstWithUrl == null || earlier(t, firstWithUrl))) firstWithUrl = t;
            }
            c.articles = ids.size();
            c.outlets = sourcesOf.size();
            c.outletList = new ArrayList<>(outletNames);
            c.sources = new ArrayList<>(attributions);
            c.firstUrl = Optional.ofNullable(firstWithUrl).map(Told::url).orElse(null);
            return c;
        }

        /** The store's order: ingest_seq, then start offset with unknown offsets last. */
        private static boolean earlier(Told a, Told b) {
            if (a.seq() != b.seq()) return a.seq() < b.seq();
            if (a.start() == null) return false;
            return b.start() == null || a.start() < b.start();
        }
    }
}
