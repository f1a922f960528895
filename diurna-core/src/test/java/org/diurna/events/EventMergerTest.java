package org.diurna.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diurna.model.Event;
import org.diurna.model.Participant;
import org.diurna.model.Span;
import org.junit.jupiter.api.Test;

class EventMergerTest {
    static Participant p(String id, String c, String s) {
        return new Participant(id, c, s, null, id, 0, 1);
    }

    static final Participant ERDOGAN = p("person:erdogan", "TUR", "GOV");
    static final Participant PUTIN = p("person:putin", "RUS", "GOV");
    static final Participant TURKEY = p("country:TUR", "TUR", "GOV");
    static final Participant MACRON = p("person:macron", "FRA", "GOV");

    static Event e(String plover, String mode, Participant s, Participant t, String date, String prec, String fact,
                   int at) {
        Span sp = new Span(at, at + 5);
        return new Event(null, plover, mode, "04", s, t, false, date, prec, null, fact, List.of(), sp, "x",
                List.of(sp), "t");
    }

    @Test void oneCallToldFourTimesIsOneEvent() {
        List<Event> merged = EventMerger.merge(List.of(
                e("CONSULT", null, ERDOGAN, PUTIN, "2016-11-30", "publication", "asserted", 0),
                e("CONSULT", "phone", ERDOGAN, PUTIN, "2016-11-30", "day", "asserted", 10),
                e("CONSULT", null, null, null, "2016-11-30", "publication", "asserted", 20),
                e("CONSULT", "phone", PUTIN, ERDOGAN, "2016-11-30", "publication", "asserted", 30)));
        assertEquals(1, merged.size());
        Event x = merged.get(0);
        assertEquals(4, x.mentions().size());
        assertEquals("phone", x.mode());
        assertEquals("day", x.datePrecision());
        assertEquals("person:erdogan", x.source().actorId());
    }

    @Test void differentPeopleDatesOrFactualityStayApart() {
        assertEquals(2, EventMerger.merge(List.of(
                e("CONSULT", null, ERDOGAN, PUTIN, "2016-11-30", "day", "asserted", 0),
                e("CONSULT", null, MACRON, PUTIN, "2016-11-30", "day", "asserted", 10))).size());
        assertEquals(2, EventMerger.merge(List.of(
                e("CONSULT", null, ERDOGAN, PUTIN, "2016-11-30", "day", "asserted", 0),
                e("CONSULT", null, ERDOGAN, PUTIN, "2016-11-24", "day", "asserted", 10))).size());
        assertEquals(2, EventMerger.merge(List.of(
                e("CONSULT", null, ERDOGAN, PUTIN, "2016-11-30", "day", "asserted", 0),
                e("CONSULT", null, ERDOGAN, PUTIN, "2016-11-30", "day", "negated", 10))).size());
        assertEquals(2, EventMerger.merge(List.of(
                e("CONSULT", "phone", ERDOGAN, PUTIN, "2016-11-30", "day", "asserted", 0),
                e("CONSULT", "visit", ERDOGAN, PUTIN, "2016-11-30", "day", "asserted", 10))).size());
    }

    @Test void aStateAgreesWithItsOwnLeaderAndTheNamedOneWins() {
        List<Event> m = EventMerger.merge(List.of(
                e("CONSULT", "visit", PUTIN, TURKEY, "2016-12-01", "day", "planned", 0),
                e("CONSULT", "visit", PUTIN, ERDOGAN, "2016-11-30", "publication", "planned", 10)));
        assertEquals(1, m.size());
        assertEquals("person:erdogan", m.get(0).target().actorId());
        assertEquals("2016-12-01", m.get(0).date());
    }

    @Test void passingMentionsAloneAreDropped() {
        assertEquals(0, EventMerger.merge(List.of(
                e("CONSULT", null, null, null, "2016-11-30", "publication", "asserted", 0))).size());
    }

    @Test void aPersonKnownOnlyByNationalityIsNotThePoliceOfThatCountry() {
        // "Julien Morel, français, a été interpellé" and "... connus des services de police, ayant été incarcérés"
        Participant suspect = new Participant("Julien Morel", "FRA", null, null, null, 0, 1);
        Participant police = new Participant("police", "FRA", "COP", "police", null, 0, 1);
        assertEquals(2, EventMerger.merge(List.of(
                e("COERCE", "arrest", police, suspect, "2017-04-19", "publication", "asserted", 0),
                e("COERCE", "arrest", police, police, "2017-04-19", "publication", "asserted", 10))).size());
        // a place still stands for whoever is there
        Participant marseille = new Participant("Marseille", "FRA", null, null, "place:FRA", 0, 1);
        Participant civilians = new Participant("passants", "FRA", "CVL", null, null, 0, 1);
        assertEquals(1, EventMerger.merge(List.of(
                e("ASSAULT", null, null, marseille, "2017-04-19", "publication", "asserted", 0),
                e("ASSAULT", null, null, civilians, "2017-04-19", "publication", "asserted", 10))).size());
    }
}
