package org.diurna.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.diurna.eval.Fx.at;
import static org.diurna.eval.Fx.ev;
import static org.diurna.eval.Fx.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MustNotTest {
    static final String TEXT = "© AFP\n\nLe ministre n'a pas dit si l’accord avait été signé. "
            + "Le président est attendu jeudi à Paris. Les deux pays se sont consultés lundi.";
    static final int NEG = TEXT.indexOf("pas dit");
    static final int VISIT = TEXT.indexOf("attendu jeudi");

    private static MustNotResult check(String checks, ObjectNode... produced) {
        ObjectNode gold = events();
        gold.set("must_not", Fx.json("[{\"what\": \"the rule\", \"checks\": " + checks + "}]"));
        List<MustNotResult> r = ReadingScorer.score(gold, events(produced), TEXT).mustNot();
        assertEquals(1, r.size());
        assertEquals("the rule", r.get(0).what());
        return r.get(0);
    }

    private static final String NO_ASSERTED =
            "[{\"kind\": \"no_asserted_event_in\", \"evidence\": \"n’a pas dit si l'accord avait été signé\"}]";

    @Test
    void assertedEventInNegatedClauseViolates() {
        MustNotResult r = check(NO_ASSERTED, at(ev("e1", "AGREE", "FRA GOV", "DEU GOV", "2020-03-04"), NEG, NEG + 20));
        assertTrue(r.violated());
        assertEquals(List.of("e1"), r.producedIds());
    }

    @Test
    void negatedOrDistantEventDoesNotViolate() {
        ObjectNode negated = at(ev("e1", "AGREE", "FRA GOV", "DEU GOV", null), NEG, NEG + 20).put("factuality", "negated");
        ObjectNode elsewhere = at(ev("e2", "CONSULT", "FRA GOV", "DEU GOV", null), VISIT, VISIT + 13);
        ObjectNode before = at(ev("e3", "CONSULT", "FRA GOV", "DEU GOV", null), 0, 5);
        MustNotResult r = check(NO_ASSERTED, negated, elsewhere, before);
        assertFalse(r.violated(), r.details().toString());
    }

    @Test
    void theCheckCoversTheWholeSentenceOfItsEvidence() {
        int subject = TEXT.indexOf("Le ministre");
        ObjectNode sameSentence = at(ev("e3", "CONSULT", "FRA GOV", "DEU GOV", null), subject, subject + 11);
        assertTrue(check(NO_ASSERTED, sameSentence).violated());
    }

    @Test
    void evidenceMissingFromTextIsNotedNotViolated() {
        MustNotResult r = check("[{\"kind\": \"no_asserted_event_in\", \"evidence\": \"jamais écrit\"}]",
                at(ev("e1", "AGREE", "FRA GOV", "DEU GOV", null), 0, TEXT.length()));
        assertFalse(r.violated());
        assertTrue(r.details().get(0).contains("not found"), r.details().toString());
    }

    private static final String DATED = "[{\"kind\": \"no_event_dated\", \"evidence\": \"est attendu jeudi\", "
            + "\"date\": \"2020-02-27\"}, {\"kind\": \"no_asserted_event_in\", \"evidence\": \"est attendu jeudi\"}]";

    @Test
    void eventDatedWronglyViolates() {
        ObjectNode e = at(ev("e7", "CONSULT", "FRA GOV", "DEU GOV", "2020-02-27"), VISIT - 4, VISIT + 40)
                .put("factuality", "planned");
        MustNotResult r = check(DATED, e);
        assertTrue(r.violated());
        assertEquals(1, r.details().size());
        assertTrue(r.details().get(0).startsWith("no_event_dated"), r.details().toString());
    }

    @Test
    void eachCheckOfAnItemCanFailIt() {
        ObjectNode asserted = at(ev("e7", "CONSULT", "FRA GOV", "DEU GOV", "2020-03-05"), VISIT, VISIT + 5);
        assertTrue(check(DATED, asserted).violated());
        ObjectNode planned = at(ev("e7", "CONSULT", "FRA GOV", "DEU GOV", "2020-03-05"), VISIT, VISIT + 5)
                .put("factuality", "planned");
        assertFalse(check(DATED, planned).violated());
    }

    private static final String AT_MOST = "[{\"kind\": \"at_most\", \"plover\": \"CONSULT\", "
            + "\"countries\": [\"FRA\", \"DEU\"], \"date\": \"2020-03-02\", \"n\": 1}]";

    @Test
    void tooManyEventsForOneHappeningViolates() {
        MustNotResult r = check(AT_MOST, ev("e1", "CONSULT", "FRA GOV", "DEU GOV", "2020-03-02"),
                ev("e2", "CONSULT", "DEU GOV", "FRA MIL", "2020-03-02"));
        assertTrue(r.violated());
        assertEquals(List.of("e1", "e2"), r.producedIds());
    }

    @Test
    void atMostCountsOnlySameTypeCountriesAndDate() {
        MustNotResult r = check(AT_MOST, ev("e1", "CONSULT", "FRA GOV", "DEU GOV", "2020-03-02"),
                ev("e2", "CONSULT", "FRA GOV", "DEU GOV", "2020-03-05"),
                ev("e3", "AGREE", "FRA GOV", "DEU GOV", "2020-03-02"),
                ev("e4", "CONSULT", "FRA GOV", "ITA GOV", "2020-03-02"),
                ev("e5", "CONSULT", "FRA GOV", "FRA GOV", "2020-03-02"));
        assertFalse(r.violated(), r.details().toString());
    }

    private static final String NO_ACTOR = "[{\"kind\": \"no_actor\", \"name\": \"AFP\"}]";

    @Test
    void creditAsActorViolates() {
        ObjectNode e = ev("e1", "REQUEST", "FRA GOV", "DEU GOV", null);
        ((ObjectNode) e.get("target")).put("name", "afp");
        ObjectNode longer = ev("e2", "REQUEST", "FRA GOV", "DEU GOV", null);
        ((ObjectNode) longer.get("target")).put("name", "l'agence AFP");
        MustNotResult r = check(NO_ACTOR, ev("e0", "AID", "FRA GOV", "DEU GOV", null), e, longer);
        assertTrue(r.violated());
        // the reference scorer compares whole names, case aside
        assertEquals(List.of("e1"), r.producedIds());
    }

    @Test
    void noActorNotViolatedOtherwise() {
        assertFalse(check(NO_ACTOR, ev("e0", "AID", "FRA GOV", "DEU GOV", null)).violated());
    }

    @Test
    void unknownKindIsReportedNotViolated() {
        MustNotResult r = check("[{\"kind\": \"no_such_check\"}]", ev("e0", "AID", "FRA GOV", "DEU GOV", null));
        assertFalse(r.violated());
        assertTrue(r.details().get(0).contains("unknown"));
    }
}
