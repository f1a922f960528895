package org.diurna.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.diurna.model.Event;
import org.diurna.model.Participant;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;

/**
 * Reads every row's test sentence of a predicate lexicon and says which rows do not read it as their {@code expect}
 * column says: the row must fire (an event mention names it), with its PLOVER type (or its {@code mil} variant) and
 * the expected source and target codes. What {@code diurna lexicon-check} prints and {@code FrenchLexiconIT} asserts.
 */
public final class LexiconCheck {
    /** The day the test sentences are read on (their weekdays resolve against it). */
    public static final LocalDate DAY = LocalDate.of(2024, 3, 14);

    /** One row that failed, with what its sentence gave. */
    public record Failure(Predicate row, String got) {
        @Override public String toString() {
            return row.id() + " " + row.trigger() + " (" + row.plover() + " " + row.expect() + "): " + got + "  «"
                    + row.example() + "»";
        }
    }

    private LexiconCheck() {}

    /** The failures of {@code rows}, each example read by {@code reader}; {@code progress} is told after each row. */
    public static List<Failure> run(Lexicon lexicon, List<Predicate> rows, Function<String, Document> reader,
                                    Runnable progress) {
        List<Failure> out = new ArrayList<>();
        for (Predicate p : rows) {
            Document doc = reader.apply(p.example());
            progress.run();
            List<Event> all = doc.rejected() ? List.of() : doc.get(Layers.EVENT_MENTIONS);
            // this row, or a narrower row of the same trigger that read the sentence first
            List<Event> mine = all.stream().filter(e -> sameTrigger(lexicon, e, p)).toList();
            if (mine.isEmpty()) {
                out.add(new Failure(p, "did not fire; got " + all.stream().map(LexiconCheck::show).toList()));
                continue;
            }
            String want = p.plover() + " " + p.expect();
            String wantMil = p.mil() == null ? null : p.mil().split(":")[0] + " " + p.expect();
            if (mine.stream().map(LexiconCheck::show).noneMatch(s -> s.equals(want) || s.equals(wantMil))) {
                out.add(new Failure(p, "gave " + mine.stream().map(LexiconCheck::show).toList()));
            }
        }
        return out;
    }

    private static boolean sameTrigger(Lexicon lexicon, Event e, Predicate p) {
        Predicate r = lexicon.row(e.trigger());
        return r != null && r.trigger().equals(p.trigger()) && r.pos().equals(p.pos());
    }

    /** "ASSAULT SYR MIL > SYR REB"; "-" for a missing side, "UKR -" for a country without a sector. */
    public static String show(Event e) {
        return e.plover() + " " + code(e.source()) + " > " + code(e.target());
    }

    private static String code(Participant p) {
        if (p == null) return "-";
        String c = (p.country() == null ? "-" : p.country()) + " " + (p.sector() == null ? "-" : p.sector());
        return c.equals("- -") ? "-" : c;
    }
}
