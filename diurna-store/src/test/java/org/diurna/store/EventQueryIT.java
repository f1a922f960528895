package org.diurna.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every filter of {@link EventStore#events}, on the four tellings of a call plus the crash-test stream. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventQueryIT {
    EventStore s;

    @BeforeAll void fill(@TempDir Path dir) {
        s = EventStore.open(dir);
        EventStoreIT.fourTellings().forEach(s::addArticle);
        Fixtures.stream(40).forEach(s::addArticle);
    }

    @AfterAll void close() {
        s.close();
    }

    Set<String> plovers(EventQuery q) {
        return s.events(q).stream().map(e -> e.plover() + ":" + e.source().country() + "-" + e.target().country())
                .collect(Collectors.toSet());
    }

    @Test void actorByCodeNameAndId() {
        assertTrue(s.events(EventQuery.all().actor("TUR")).stream()
                .allMatch(e -> "TUR".equals(e.source().country()) || "TUR".equals(e.target().country())));
        assertEquals(Set.of("CONSULT:TUR-RUS", "ASSAULT:RUS-SYR"), plovers(EventQuery.all().actor("RUS")
                .from(LocalDate.of(2016, 11, 29))));
        assertEquals(Set.of("CONSULT:TUR-RUS"), plovers(EventQuery.all().actor("TURGOV").minMentions(2)));
        assertEquals(plovers(EventQuery.all().actor("TURGOV")), plovers(EventQuery.all().actor("TUR GOV")));
        assertEquals(Set.of("ASSAULT:RUS-SYR"), plovers(EventQuery.all().actor("RUS MIL").placeCountry("SYR")
                .from(LocalDate.of(2016, 11, 29))));
        assertEquals(Set.of("CONSULT:TUR-RUS"), plovers(EventQuery.all().actor("erdogan")));
        assertEquals(Set.of("CONSULT:TUR-RUS"), plovers(EventQuery.all().actor("PUTIN")), "lower case or not");
        assertEquals(Set.of("CONSULT:TUR-RUS"), plovers(EventQuery.all().actor("person:vladimir-putin")));
    }

    @Test void hostileInputIsJustAValue() {
        for (String evil : List.of("x' OR '1'='1", "'; DROP TABLE events; --", "%", "_", "\\", "\"", "TUR' --")) {
            assertEquals(List.of(), s.events(EventQuery.all().actor(evil)), evil);
            assertEquals(List.of(), s.events(EventQuery.all().outlet(evil)), evil);
            assertEquals(List.of(), s.events(EventQuery.all().plover(evil)), evil);
            assertEquals(List.of(), s.events(EventQuery.all().placeCountry(evil)), evil);
        }
        assertTrue(s.counts().get("events") > 0, "still there");
        assertThrows(IllegalArgumentException.class, () -> s.events(EventQuery.all().dyad("x' OR 1=1 --")));
    }

    @Test void dyadEitherWay() {
        assertEquals(plovers(EventQuery.all().dyad("TUR,RUS")), plovers(EventQuery.all().dyad("RUS, TUR")));
        assertEquals(Set.of("CONSULT:TUR-RUS", "ASSAULT:RUS-TUR"), plovers(EventQuery.all().dyad("TUR,RUS")));
        assertEquals(Set.of("CONSULT:TUR-RUS"), plovers(EventQuery.all().dyad("RUSGOV,TURGOV")));
    }

    @Test void typeRootDatesPlaceOutletFactuality() {
        assertTrue(s.events(EventQuery.all().plover("assault")).stream().allMatch(e -> e.plover().equals("ASSAULT")));
        assertEquals(s.events(EventQuery.all().plover("ASSAULT")), s.events(EventQuery.all().cameo("18")));
        assertEquals(s.events(EventQuery.all().cameo("4")), s.events(EventQuery.all().cameo("040")));
        assertEquals(List.of(), s.events(EventQuery.all().cameo("99")));
        List<EventRow> nov3 = s.events(EventQuery.all().from(LocalDate.of(2016, 11, 3)).to(LocalDate.of(2016, 11, 3)));
        assertTrue(!nov3.isEmpty() && nov3.stream().allMatch(e -> e.day().equals(LocalDate.of(2016, 11, 3))));
        assertTrue(s.events(EventQuery.all().placeCountry("SYR")).stream()
                .allMatch(e -> e.place().country().equals("SYR")));
        assertEquals(Set.of("CONSULT:TUR-RUS"), plovers(EventQuery.all().outlet("yahoo")));
        assertEquals(List.of(), s.events(EventQuery.all().factuality("negated")));
        assertEquals(s.countEvents(EventQuery.all()), s.events(EventQuery.all().factuality("asserted")).size());
        assertTrue(s.events(EventQuery.all().minMentions(4)).stream().allMatch(e -> e.numMentions() >= 4));
    }

    @Test void orderAndPaging() {
        List<EventRow> all = s.events(EventQuery.all());
        for (int i = 1; i < all.size(); i++) {
            EventRow a = all.get(i - 1);
            EventRow b = all.get(i);
            assertTrue(a.numMentions() > b.numMentions() || a.numMentions() == b.numMentions()
                    && (b.day() == null || a.day() != null && !a.day().isBefore(b.day())), a + " before " + b);
        }
        assertEquals(all.subList(3, 8), s.events(EventQuery.all().offset(3).limit(5)));
        List<EventRow> paged = new ArrayList<>();
        EventQuery q = EventQuery.all().limit(4);
        for (List<EventRow> page = s.events(q); !page.isEmpty();
             page = s.events(q.after(page.get(page.size() - 1).cursor()))) paged.addAll(page);
        assertEquals(all, paged);
    }
}
