package org.diurna.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diurna.morph.Tense;
import org.junit.jupiter.api.Test;

/**
 * The French predicate lexicon as a data file, without models: ids, CAMEO provenance consistent with the PLOVER type,
 * known slots and conditions, a test sentence and its expected coding on every row, every CAMEO root covered; and
 * word forms reaching their rows through the morphology.
 */
class FrenchLexiconTest {
    private static final Lexicon FR = Lexicon.of("fr");
    /** The PLOVER type each CAMEO root may be coded as (the project's conventions, GOLD-GUIDE.md). */
    private static final Map<String, Set<String>> ROOTS = Map.ofEntries(Map.entry("02", Set.of("REQUEST")),
            Map.entry("03", Set.of("AGREE")), Map.entry("04", Set.of("CONSULT")),
            Map.entry("05", Set.of("SUPPORT", "AGREE")), Map.entry("06", Set.of("COOPERATE")),
            Map.entry("07", Set.of("AID")), Map.entry("08", Set.of("CONCEDE", "RETREAT")),
            Map.entry("09", Set.of("ACCUSE")), Map.entry("10", Set.of("REQUEST")), Map.entry("11", Set.of("ACCUSE")),
            Map.entry("12", Set.of("REJECT")), Map.entry("13", Set.of("THREATEN")), Map.entry("14", Set.of("PROTEST")),
            Map.entry("15", Set.of("MOBILIZE")), Map.entry("16", Set.of("SANCTION")),
            Map.entry("17", Set.of("COERCE")), Map.entry("18", Set.of("ASSAULT")),
            Map.entry("19", Set.of("ASSAULT", "COERCE")), Map.entry("20", Set.of("ASSAULT")));
    private static final Set<String> SLOTS = Set.of("subj", "obj", "entre", "govsubj", "govobj", "place", "placec",
            "holder", "agentacl", "dem", "ifsubj", "owngov", "?");
    private static final Pattern EXPECT = Pattern.compile("(-|(-|[A-Z]{3}) (-|[A-Z]{3})) > (-|(-|[A-Z]{3}) (-|[A-Z]{3}))");

    @Test void everyRowHasAnIdProvenanceAndATestSentence() {
        List<String> bad = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Predicate p : FR.all()) {
            if (!ids.add(p.id())) bad.add(p.id() + ": duplicate id");
            if (!p.code().matches("\\d{2,4}")) bad.add(p.id() + ": CAMEO code '" + p.code() + "'");
            Set<String> types = ROOTS.get(p.cameo());
            if (types == null || !types.contains(p.plover())) bad.add(p.id() + ": " + p.plover() + " for CAMEO " + p.code());
            if (p.example().isBlank()) bad.add(p.id() + ": no example");
            if (!EXPECT.matcher(p.expect()).matches()) bad.add(p.id() + ": expect '" + p.expect() + "'");
            for (String s : concat(p.source(), p.target())) {
                if (!SLOTS.contains(s) && !s.startsWith("obl:") && !s.startsWith("govobl:")) bad.add(p.id() + ": slot " + s);
            }
            for (String r : p.requires()) {
                if (!Set.of("reflexive", "noreflexive", "passive", "active", "place", "objplace", "infinitive", "statesource").contains(r) && !r.startsWith("word:") && !r.startsWith("noword:") && !r.startsWith("objword:")) {
                    bad.add(p.id() + ": requires " + r);
                }
                for (String w : r.substring(r.indexOf(':') + 1).split("\\|")) {
                    // "@ground" names a class of noun-classes.tsv, which must exist
                    if (w.startsWith("@") && FR.nounClass(w.substring(1)).isEmpty()) bad.add(p.id() + ": class " + w);
                }
            }
        }
        assertTrue(bad.isEmpty(), bad.size() + " bad rows: " + bad);
        assertTrue(FR.all().size() >= 300, "rows: " + FR.all().size());
    }

    @Test void everyCameoRootAndPloverTypeIsCovered() {
        Set<String> roots = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (Predicate p : FR.all()) {
            roots.add(p.cameo());
            types.add(p.plover());
        }
        assertTrue(roots.containsAll(ROOTS.keySet()), "roots without a row: " + minus(ROOTS.keySet(), roots));
        assertEquals(16, types.size(), "PLOVER types: " + types);
    }

    @Test void inflectedFormsReachTheirRowsThroughTheMorphology() {
        assertTrue(plovers("rencontreront").contains("CONSULT"));
        assertEquals(Tense.FUTURE, FR.predicates("rencontreront").get(0).tense());
        assertTrue(plovers("accusaient").contains("ACCUSE"));
        assertTrue(plovers("bombardée").contains("ASSAULT"));
        assertEquals(Tense.PARTICIPLE, FR.tense("bombardée"));
        assertEquals(Tense.CONDITIONAL, FR.tense("menacerait"));
        // nouns by form and by lemma
        assertTrue(plovers("frappes").contains("ASSAULT"));
        assertTrue(plovers("Frappes").contains("ASSAULT"));
        assertNotNull(FR.verbLemma("étaient"));
        assertEquals("être", FR.verbLemma("étaient"));
        assertEquals("être", FR.verbLemma("suis"));
    }

    @Test void supportVerbsByLemma() {
        assertEquals("support", FR.supportKind("menées"));
        assertEquals("support", FR.supportKind("procédé"));
        assertEquals("undergo", FR.supportKind("subi"));
        assertTrue(FR.isUndergoNoun("victimes"));
        assertEquals(null, FR.supportKind("condamné"));
    }

    private static Set<String> plovers(String form) {
        Set<String> out = new HashSet<>();
        FR.predicates(form).forEach(h -> out.add(h.predicate().plover()));
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }
}
