package org.diurna.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.diurna.model.Place;
import org.diurna.store.EventActor;
import org.diurna.store.EventRow;

/**
 * One event as a row of the GDELT 2.0 event table: the 61 columns in GDELT's order, filled with what Diurna knows
 * and left empty where it knows nothing (the mapping is in docs/exports.md). Text taken from articles goes through
 * {@link CsvCells#text}; the numbers the row computes are written as numbers.
 */
final class GdeltRow {
    /** GDELT 2.0 event table column names, in file order. */
    static final List<String> COLUMNS = columns();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private GdeltRow() {}

    static List<String> fields(EventRow e) {
        List<String> f = new ArrayList<>(COLUMNS.size());
        LocalDate day = day(e);
        f.add(String.valueOf(e.eventNo()));
        f.add(day == null ? "" : day.format(DAY));
        f.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        f.add(day == null ? "" : String.valueOf(day.getYear()));
        // GDELT's own formula, quirks included: YYYY + (MONTH * 30 + DAY) / 365.
        f.add(day == null ? "" : String.format(Locale.ROOT, "%.4f",
                day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0));
        actor(f, e.source());
        actor(f, e.target());
        f.add(e.lead() ? "1" : "0");
        String root = e.cameo();
        f.add(root == null ? "" : root + "0"); // "040": CAMEO's "Consult, not specified below"
        f.add(root == null ? "" : root + "0");
        f.add(root == null ? "" : root);
        f.add(e.quadClass() == null ? "" : String.valueOf(e.quadClass()));
        f.add(number(e.goldstein()));
        f.add(String.valueOf(e.numMentions()));
        f.add(String.valueOf(e.numSources()));
        f.add(String.valueOf(e.numArticles()));
        f.add(""); // AvgTone: Diurna does not measure tone
        noGeo(f); // Actor1Geo: Diurna places the event, not each actor
        noGeo(f);
        geo(f, e.place());
        f.add(e.addedAt() == null ? "" : e.addedAt().format(ADDED));
        f.add(CsvCells.text(e.firstUrl()));
        return f;
    }

    static String line(EventRow e) {
        return String.join("\t", fields(e));
    }

    /** The day the event took place, else the day it was first reported, as GDELT dates undated events. */
    private static LocalDate day(EventRow e) {
        if (e.day() != null) return e.day();
        LocalDateTime t = e.firstReported() != null ? e.firstReported() : e.addedAt();
        return t == null ? null : t.toLocalDate();
    }

    /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1..3Code. */
    private static void actor(List<String> f, EventActor a) {
        f.add(CsvCells.text(a.cameoCode()));
        f.add(CsvCells.text(a.name()));
        f.add(CsvCells.text(a.country()));
        f.addAll(Collections.nCopies(4, ""));
        f.add(CsvCells.text(a.sector()));
        f.addAll(Collections.nCopies(2, ""));
    }

    private static void noGeo(List<String> f) {
        f.add("0");
        f.addAll(Collections.nCopies(7, ""));
    }

    /** Type, FullName, CountryCode (ISO3, not GDELT's FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID. */
    private static void geo(List<String> f, Place p) {
        if (p == null) {
            noGeo(f);
            return;
        }
        f.add(String.valueOf(geoType(p)));
        f.add(CsvCells.text(p.name()));
        f.add(CsvCells.text(p.country()));
        f.add("");
        f.add("");
        f.add(number(p.lat()));
        f.add(number(p.lon()));
        f.add("");
    }

    /** GDELT geo types: 1 country, 4 world city, 5 world state (a region). */
    static int geoType(Place p) {
        if (p.kind() == null) return p.name() == null ? 1 : 4;
        return switch (p.kind()) {
            case "country" -> 1;
            case "region" -> 5;
            default -> 4;
        };
    }

    private static String number(Double d) {
        return d == null ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"));
        for (String a : List.of("Actor1", "Actor2")) {
            for (String s : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) c.add(a + s);
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String s : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) c.add(g + s);
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(c);
    }
}
