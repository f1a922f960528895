package org.diurna.events;

import org.diurna.morph.Tense;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diurna.data.Tsv;
import org.junit.jupiter.api.Test;

/** The English event knowledge files, without models: they load, conjugate, and code the common forms. */
class EnglishLexiconTest {
    private static final Lexicon EN = Lexicon.of("en");
    private static final Conjugator C = Conjugator.of("en");
    private static final Set<String> SLOTS = Set.of("subj", "obj", "govsubj", "govobj", "place", "placec", "holder",
            "agentacl", "dem", "ifsubj", "compsubj", "compobj", "?");
    private static final Set<String> FACTUALITY = Set.of("negated", "planned", "hypothetical", "reported", "habitual");

    private static String first(String form) {
        List<Lexicon.Hit> hs = EN.predicates(form);
        return hs.isEmpty() ? null : hs.get(0).predicate().plover();
    }

    private static boolean codes(String form, String plover, String pos) {
        return EN.predicates(form).stream()
                .anyMatch(h -> h.predicate().plover().equals(plover) && h.predicate().pos().equals(pos));
    }

    @Test void regularClasses() {
        Map<String, Tense> agree = C.forms("agree", null);
        assertEquals(Tense.SIMPLE_PAST, agree.get("agreed"));
        assertEquals(Tense.PARTICIPLE, agree.get("agreeing"));
        assertEquals(Tense.PRESENT, agree.get("agrees"));
        assertEquals(Tense.OTHER, agree.get("agree"));
        Map<String, Tense> deny = C.forms("deny", null);
        assertTrue(deny.containsKey("denied") && deny.containsKey("denies") && deny.containsKey("denying"));
        assertTrue(C.forms("deploy", null).containsKey("deployed"), "vowel + y keeps the y");
        assertFalse(C.forms("deploy", null).containsKey("deploied"));
        assertTrue(C.forms("release", null).containsKey("releasing"));
        assertTrue(C.forms("impose", null).containsKey("imposed"));
        assertTrue(C.forms("march", null).containsKey("marches"));
        assertTrue(C.forms("discuss", null).containsKey("discusses"));
        assertTrue(C.forms("veto", null).containsKey("vetoes"));
        assertTrue(C.forms("attack", null).containsKey("attacked"));
    }

    @Test void consonantDoublingIsNamedNeverGuessed() {
        Map<String, Tense> stop = C.forms("stop", "double-p");
        assertTrue(stop.containsKey("stopped") && stop.containsKey("stopping") && stop.containsKey("stops"));
        assertTrue(C.forms("protest", null).containsKey("protested"));
        assertFalse(C.forms("protest", null).containsKey("protestted"), "no doubling by default");
        Map<String, Tense> travel = C.forms("travel", "double-l");
        assertTrue(travel.containsKey("travelled") && travel.containsKey("traveled") && travel.containsKey("travelling"));
    }

    @Test void irregularVerbsAreTheirOwnClass() {
        Map<String, Tense> meet = C.forms("meet", null);
        assertEquals(Tense.SIMPLE_PAST, meet.get("met"));
        assertEquals(Tense.PARTICIPLE, meet.get("meeting"));
        assertEquals(Tense.PRESENT, meet.get("meets"));
        assertFalse(meet.containsKey("meeted"));
        assertTrue(C.forms("strike", null).containsKey("struck"));
        assertTrue(C.forms("withdraw", null).containsKey("withdrawn"));
        assertTrue(C.forms("undertake", null).containsKey("undertook"), "compounds share the class");
        assertTrue(C.forms("say", null).containsKey("said"));
        assertTrue(C.forms("freeze", null).containsKey("froze"));
    }

    @Test void commonFormsMapToTheirPredicates() {
        assertEquals("CONSULT", first("met"));
        assertEquals("ASSAULT", first("struck"));
        assertEquals("SANCTION", first("imposed"));
        assertEquals("REJECT", first("denies"));
        assertEquals("AGREE", first("agreed"));
        assertEquals("ASSAULT", first("shelled"));
        assertEquals("COERCE", first("arrested"));
        assertEquals("COERCE", first("detained"));
        assertEquals("PROTEST", first("marched"));
        assertEquals("THREATEN", first("threatened"));
        assertEquals("ACCUSE", first("accused"));
        assertEquals("REQUEST", first("urged"));
        assertEquals("RETREAT", first("withdrew"));
        assertEquals("SANCTION", first("expelled"), "diplomats first, then plain expulsion");
        assertTrue(codes("expelled", "COERCE", "VERB"));
        assertEquals("CONSULT", first("travelled"));
        assertEquals("ASSAULT", first("kidnapped"));
        assertTrue(codes("talks", "CONSULT", "NOUN"));
        assertTrue(codes("airstrikes", "ASSAULT", "NOUN"));
        assertTrue(codes("sanctions", "SANCTION", "NOUN"));
        assertTrue(codes("ceasefire", "AGREE", "NOUN"));
        assertTrue(codes("protests", "PROTEST", "NOUN"));
        assertTrue(codes("visit", "CONSULT", "VERB") && codes("visit", "CONSULT", "NOUN"));
        assertTrue(EN.predicates("cooked").isEmpty(), "a verb no file names is no predicate");
        assertNull(first("said"), "saying is reporting, not an event");
    }

    @Test void tensesComeWithTheForms() {
        assertEquals(Tense.PRESENT, EN.tense("supports"));
        assertEquals(Tense.SIMPLE_PAST, EN.tense("met"));
        assertEquals(Tense.PARTICIPLE, EN.tense("striking"));
        assertNull(EN.tense("airstrikes"), "nouns have no tense");
    }

    @Test void factualityCues() {
        assertCue("n't", "neg", "negated");
        assertCue("not", "neg", "negated");
        assertCue("never", "neg", "negated");
        assertCue("reportedly", "neg", "reported");
        assertCue("allegedly", "neg", "reported");
        assertCue("will", "aux", "planned");
        assertCue("'ll", "aux", "planned");
        assertCue("wo", "aux", "planned");
        assertCue("would", "aux", "hypothetical");
        assertCue("could", "aux", "hypothetical");
        assertCue("might", "aux", "hypothetical");
        assertCue("plans", "gov", "planned");
        assertCue("set", "gov", "planned");
        assertCue("due", "gov", "planned");
        assertCue("threatened", "gov", "hypothetical");
        assertCue("refused", "gov", "negated");
        assertCue("denied", "gov", "negated");
        assertCue("if", "mark", "hypothetical");
        assertCue("upcoming", "mod", "planned");
        assertCue("daily", "freq", "habitual");
        assertCue("regularly", "freq", "habitual");
        assertTrue(EN.cues("met").isEmpty());
    }

    private static void assertCue(String word, String kind, String factuality) {
        assertTrue(EN.cues(word).stream().anyMatch(c -> c.kind().equals(kind) && c.factuality().equals(factuality)),
                word + " should be a " + kind + " cue for " + factuality + ", is " + EN.cues(word));
    }

    @Test void reportingInsultsOnsetAndSharedNouns() {
        for (String w : List.of("said", "says", "told", "announced", "stated", "confirmed", "reported", "added",
                "insisted", "claimed", "warned", "denied", "wrote")) {
            assertTrue(EN.isReporting(w), w);
        }
        assertFalse(EN.isReporting("will"));
        assertFalse(EN.isReporting("met"));
        assertTrue(EN.isInsult("dictator") && EN.isInsult("Terrorists"));
        assertFalse(EN.isInsult("president"));
        assertTrue(EN.isOnset("launched") && EN.isOnset("held") && EN.isOnset("undertaken"));
        assertFalse(EN.isOnset("ousted"));
        assertTrue(EN.isMilitaryNoun("troops") && EN.isResidential("hospital"));
        assertFalse(EN.isEtreVerb("went"), "English has no être verbs");
    }

    /** Every row of predicates-en.tsv is well formed: slots, codes, columns in their places. */
    @Test void predicateRowsAreWellFormed() {
        Set<String> plovers = new HashSet<>();
        List<Tsv.Row> rows = Tsv.read(Lexicon.class, "predicates-en.tsv", "trigger", "pos", "class", "plover", "mode",
                "cameo", "source", "target", "requires", "symmetric", "habitual", "mil", "factuality", "mode_if");
        assertTrue(rows.size() > 100, "predicates: " + rows.size());
        for (Tsv.Row r : rows) {
            String at = "predicates-en.tsv line " + r.line() + ": ";
            assertTrue(Set.of("VERB", "NOUN").contains(r.get("pos")), at + "pos");
            if (r.get("pos").equals("VERB")) assertFalse(r.get("trigger").contains("|"), at + "a verb is one infinitive");
            assertTrue(r.get("cameo").matches("\\d\\d"), at + "cameo");
            for (String col : List.of("source", "target")) {
                for (String s : r.list(col)) {
                    assertTrue(SLOTS.contains(s) || s.startsWith("obl:") || s.startsWith("govobl:"), at + "unknown slot " + s);
                    assertFalse(s.equals("entre"), at + "English says obl:between");
                }
            }
            assertTrue(r.get("factuality").isEmpty() || FACTUALITY.contains(r.get("factuality")), at + "factuality");
            for (String kv : r.get("mode_if").isEmpty() ? new String[0] : r.get("mode_if").split(";")) {
                assertTrue(kv.contains("="), at + "mode_if " + kv);
            }
            if (!r.get("mil").isEmpty()) assertTrue(r.get("mil").matches("[A-Z]+:[a-z ]*:\\d\\d"), at + "mil");
            assertTrue(Set.of("", "yes", "no").contains(r.get("symmetric")), at + "symmetric");
            for (String q : r.get("requires").isEmpty() ? new String[0] : r.get("requires").split(";")) {
                assertTrue(Set.of("passive", "active", "place").contains(q) || q.startsWith("word:"), at + q);
            }
            plovers.add(r.get("plover"));
        }
        for (Tsv.Row r : Tsv.read(Lexicon.class, "predicates-fr.tsv", "plover")) {
            assertTrue(plovers.contains(r.get("plover")), "no English predicate for " + r.get("plover"));
        }
    }

    @Test void everyFactualityRowHasAKnownKind() {
        for (Tsv.Row r : Tsv.read(Lexicon.class, "factuality-en.tsv", "kind", "words", "factuality")) {
            assertTrue(Set.of("neg", "aux", "gov", "mark", "mod", "freq", "commit", "pledge", "oblige", "ultimatum").contains(r.get("kind")), "line " + r.line());
            assertTrue(FACTUALITY.contains(r.get("factuality")), "line " + r.line());
        }
    }
}
