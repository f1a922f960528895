package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The fields an event is matched on: PLOVER type, source and target country + sector, date ("" when missing). */
record EventKey(String plover, String sourceCountry, String sourceSector, String targetCountry, String targetSector,
                String date) {

    static EventKey of(JsonNode event) {
        JsonNode s = Texts.obj(event, "source");
        JsonNode t = Texts.obj(event, "target");
        return new EventKey(Texts.code(event, "plover"), Texts.code(s, "country"), Texts.code(s, "sector"),
                Texts.code(t, "country"), Texts.code(t, "sector"), Texts.str(event, "date"));
    }

    EventKey swapped() {
        return new EventKey(plover, targetCountry, targetSector, sourceCountry, sourceSector, date);
    }

    /** "TUR GOV -> RUS GOV". */
    String dyad() {
        return (sourceCountry + " " + sourceSector).trim() + " -> " + (targetCountry + " " + targetSector).trim();
    }

    /** "CONSULT TUR GOV -> RUS GOV 2016-11-30". */
    String summary() {
        return plover + " " + dyad() + " " + (date.isEmpty() ? "(undated)" : date);
    }

    /** The fields where {@code produced} differs from this (gold) key, as "field produced (want gold)". */
    List<String> differences(EventKey produced) {
        List<String> out = new ArrayList<>();
        diff(out, "plover", plover, produced.plover);
        diff(out, "source country", sourceCountry, produced.sourceCountry);
        diff(out, "source sector", sourceSector, produced.sourceSector);
        diff(out, "target country", targetCountry, produced.targetCountry);
        diff(out, "target sector", targetSector, produced.targetSector);
        diff(out, "date", date, produced.date);
        return out;
    }

    /** How far {@code produced} is from this key: 2 for a wrong PLOVER type, 1 for each other differing field. */
    int distance(EventKey produced) {
        int d = plover.equals(produced.plover) ? 0 : 2;
        return d + differences(produced).size() - (d > 0 ? 1 : 0);
    }

    private static void diff(List<String> out, String field, String gold, String produced) {
        if (!gold.equals(produced)) {
            out.add(field + " " + show(produced) + " (want " + show(gold) + ")");
        }
    }

    private static String show(String v) {
        return v.isEmpty() ? "none" : v;
    }
}
