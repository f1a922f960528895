package org.diurna.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.diurna.model.Place;
import org.diurna.store.EventActor;
import org.diurna.store.EventRow;
import org.junit.jupiter.api.Test;

class GdeltRowTest {
    static EventRow row(String cameo, Integer quad, Double goldstein, LocalDate day, Place place) {
        return new EventRow("ev-0123456789abcdef", 42, "CONSULT", "phone", cameo, quad, goldstein,
                new EventActor("Recep Tayyip Erdogan", "TUR", "GOV", "person:erdogan"),
                new EventActor("Vladimir Putin", "RUS", "GOV", null), false, "2016-11-30", "day", day, place,
                "asserted", 4, 3, 2, List.of("AFP", "Reuters"), List.of(), LocalDateTime.of(2016, 11, 30, 0, 0),
                LocalDateTime.of(2016, 12, 1, 0, 0), LocalDateTime.of(2026, 1, 2, 3, 4, 5), "evidence\tclause",
                "https://afp.example/a", true);
    }

    static String col(List<String> f, String name) {
        return f.get(GdeltRow.COLUMNS.indexOf(name));
    }

    @Test void sixtyOneColumnsInGdeltOrder() {
        assertEquals(61, GdeltRow.COLUMNS.size());
        assertEquals("GlobalEventID", GdeltRow.COLUMNS.get(0));
        assertEquals("Actor1Code", GdeltRow.COLUMNS.get(5));
        assertEquals("Actor2Code", GdeltRow.COLUMNS.get(15));
        assertEquals("EventCode", GdeltRow.COLUMNS.get(26));
        assertEquals("NumMentions", GdeltRow.COLUMNS.get(31));
        assertEquals("ActionGeo_Type", GdeltRow.COLUMNS.get(51));
        assertEquals("SOURCEURL", GdeltRow.COLUMNS.get(60));
    }

    @Test void fieldsOfAnEvent() {
        List<String> f = GdeltRow.fields(row("04", 1, 1.0, LocalDate.of(2016, 11, 30),
                new Place("Aleppo", "SYR", "city", 36.2, 37.16)));
        assertEquals(61, f.size());
        assertEquals(61, GdeltRow.line(row("04", 1, 1.0, null, null)).split("\t", -1).length);
        assertEquals("42", col(f, "GlobalEventID"));
        assertEquals("20161130", col(f, "Day"));
        assertEquals("201611", col(f, "MonthYear"));
        assertEquals("2016", col(f, "Year"));
        assertEquals("2016.9863", col(f, "FractionDate"));
        assertEquals("TURGOV", col(f, "Actor1Code"));
        assertEquals("TUR", col(f, "Actor1CountryCode"));
        assertEquals("GOV", col(f, "Actor1Type1Code"));
        assertEquals("RUSGOV", col(f, "Actor2Code"));
        assertEquals("1", col(f, "IsRootEvent"));
        assertEquals("040", col(f, "EventCode"));
        assertEquals("040", col(f, "EventBaseCode"));
        assertEquals("04", col(f, "EventRootCode"));
        assertEquals("1", col(f, "QuadClass"));
        assertEquals("1", col(f, "GoldsteinScale"));
        assertEquals("4", col(f, "NumMentions"));
        assertEquals("2", col(f, "NumSources"));
        assertEquals("3", col(f, "NumArticles"));
        assertEquals("", col(f, "AvgTone"));
        assertEquals("0", col(f, "Actor1Geo_Type"));
        assertEquals("4", col(f, "ActionGeo_Type"));
        assertEquals("Aleppo", col(f, "ActionGeo_FullName"));
        assertEquals("SYR", col(f, "ActionGeo_CountryCode"));
        assertEquals("36.2", col(f, "ActionGeo_Lat"));
        assertEquals("37.16", col(f, "ActionGeo_Long"));
        assertEquals("20260102030405", col(f, "DATEADDED"));
        assertEquals("https://afp.example/a", col(f, "SOURCEURL"));
    }

    @Test void conflictRootAndUndatedEvent() {
        List<String> f = GdeltRow.fields(row("19", 4, -10.0, null, new Place("Syria", "SYR", "country", 35.0, 38.0)));
        assertEquals("190", col(f, "EventCode"));
        assertEquals("19", col(f, "EventRootCode"));
        assertEquals("4", col(f, "QuadClass"));
        assertEquals("-10", col(f, "GoldsteinScale"));
        assertEquals("20161130", col(f, "Day"), "undated: the day it was first reported");
        assertEquals("1", col(f, "ActionGeo_Type"));
    }

    @Test void textFromArticlesIsNeverAFormulaButNumbersStayNumbers() {
        String link = "=HYPERLINK(\"http://evil.example\",\"click\")";
        EventRow e = new EventRow("ev-0123456789abcdef", 7, "ASSAULT", null, "19", 4, -10.0,
                new EventActor("@SUM(1+1)*cmd|' /C calc'!A0", "TUR", "GOV", null),
                new EventActor("-2+3", "RUS", null, null), false, "2016-11-30", "day", LocalDate.of(2016, 11, 30),
                new Place("+Valparaiso", "CHL", "city", -33.05, -71.62), "asserted", 1, 1, 1, List.of(link),
                List.of(), null, null, LocalDateTime.of(2026, 1, 2, 3, 4, 5), "evidence", link, true);
        List<String> f = GdeltRow.fields(e);
        assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", col(f, "Actor1Name"));
        assertEquals("'-2+3", col(f, "Actor2Name"));
        assertEquals("'+Valparaiso", col(f, "ActionGeo_FullName"));
        assertEquals("'" + link, col(f, "SOURCEURL"));
        assertEquals("-10", col(f, "GoldsteinScale"), "a number, not text");
        assertEquals("-33.05", col(f, "ActionGeo_Lat"));
        assertEquals("-71.62", col(f, "ActionGeo_Long"));
        assertEquals("Vladimir Putin", col(GdeltRow.fields(row("04", 1, 1.0, null, null)), "Actor2Name"),
                "ordinary text is left alone");
        for (String cell : f) {
            assertFalse(CsvCells.startsFormula(cell) && !cell.matches("-[0-9.]+"), "a formula cell: " + cell);
        }
    }
}
