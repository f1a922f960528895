package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** Source and target as an unordered set of "country sector" (the reference scorer's type + dyad test). */
    Set<String> actorSet() {
        Set<String> s = new HashSet<>();
        s.add(sourceCountry + " " + sourceSector);
        s.add(targetCountry + " " + targetSector);
        return s;
    }

    /** "TUR GOV -> RUS GOV". */
    String dyad() {
        return actor(sourceCountry, sourceSector) + " -> " + actor(targetCountry, targetSector);
    }

    private static String actor(String country, String sector) {
        String a = (country + " " + sector).trim();
        return a.isEmpty() ? "-" : a;
    }

    /** "CONSULT TUR GOV -> RUS GOV 2016-11-30". */
    String summary() {
        return plover + " " + dyad() + " " + (date.isEmpty() ? "(undated)" : date);
    }

    /** The fields where {@code produced} differs from this (gold) key, as "field produced (want gold)". */
    List<String> differences(EventKey produced) {
        List<String> out = new ArrayList<>();
        diff(out, "plover", plover, produced.plover);
        diff(out, "source", actor(sourceCountry, sourceSector), actor(produced.sourceCountry, produced.sourceSector));
        diff(out, "target", actor(targetCountry, targetSector), actor(produced.targetCountry, produced.targetSector));
        diff(out, "date", date, produced.date);
        return out;
    }

    /** How far {@code produced} is from this key: 3 for a wrong PLOVER type, 1 for each other differing field. */
    int distance(EventKey produced) {
        int d = plover.equals(produced.plover) ? 0 : 3;
        if (!(sourceCountry + sourceSector).equals(produced.sourceCountry + produced.sourceSector)) d++;
        if (!(targetCountry + targetSector).equals(produced.targetCountry + produced.targetSector)) d++;
        if (!date.equals(produced.date)) d++;
        return d;
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
