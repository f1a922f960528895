package org.diurna.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diurna.model.Timex;
import org.diurna.time.TemporalTagger;
import org.junit.jupiter.api.Test;

/**
 * Diurna's French rules alone (no HeidelTime, no CoreNLP) on sentences tagged by hand, among them the cases of the
 * AFP reference dispatch of Wednesday 2016-11-30, rewritten.
 */
class FrenchRulesTest {
    private static final LocalDate WED = LocalDate.of(2016, 11, 30);
    private static final RuleEngine FR = new RuleEngine(RuleSet.forLanguage("fr"));

    static List<Timex> tag(LocalDate dct, String... annotated) {
        HandTagged h = HandTagged.of(annotated);
        return FR.apply(h.text, h.sentences, dct, List.of());
    }

    static Timex find(List<Timex> timexes, String text) {
        return timexes.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no timex '" + text + "' in " + timexes));
    }

    static String value(List<Timex> timexes, String text) {
        return find(timexes, text).value();
    }

    @Test void expectedThursdayIsTheComingOne() {
        List<Timex> t = tag(WED, "Le/DET ministre/NOUN est/AUX attendu/VERB jeudi/NOUN à/ADP Paris/PROPN +./PUNCT");
        assertEquals("2016-12-01", value(t, "jeudi"));
        assertEquals("DATE", find(t, "jeudi").type());
    }

    @Test void pastThursdayIsTheLastOne() {
        assertEquals("2016-11-24", value(tag(WED, "Il/PRON a/AUX parlé/VERB jeudi/NOUN à/ADP Paris/PROPN +./PUNCT"), "jeudi"));
    }

    @Test void futureEndingsAndModalsLookAhead() {
        assertEquals("2016-12-05", value(tag(WED, "Il/PRON se/PRON rendra/VERB lundi/NOUN à/ADP Moscou/PROPN"), "lundi"));
        assertEquals("2016-12-03", value(tag(WED, "Il/PRON doit/VERB arriver/VERB samedi/NOUN"), "samedi"));
        assertEquals("2016-12-06", value(tag(WED, "Il/PRON va/VERB signer/VERB mardi/NOUN prochain/ADJ"), "mardi prochain"));
    }

    @Test void participleAloneTellsOfThePast() {
        List<Timex> t = tag(WED, "Les/DET mesures/NOUN annoncées/VERB lundi/NOUN inquiètent/VERB +./PUNCT");
        assertEquals("2016-11-28", value(t, "lundi"));
    }

    @Test void theSameWeekdayAsThePublicationIsThatDay() {
        List<Timex> t = tag(WED, "La/DET Russie/PROPN a/AUX annoncé/VERB mercredi/NOUN attendre/VERB des/DET explications/NOUN");
        assertEquals("2016-11-30", value(t, "mercredi"));
    }

    @Test void laVeilleIsTheDayBeforeTheDctWithoutEarlierDate() {
        List<Timex> t = tag(WED, "Il/PRON a/AUX affirmé/VERB la/DET veille/NOUN que/SCONJ la/DET guerre/NOUN continue/VERB");
        assertEquals("2016-11-29", value(t, "la veille"));
    }

    @Test void laVeilleFollowsTheNearestEarlierDateOfItsSentence() {
        List<Timex> t = tag(WED, "La/DET Russie/PROPN a/AUX annoncé/VERB mercredi/NOUN attendre/VERB des/DET explications/NOUN "
                + "après/ADP que/SCONJ M./NOUN Erdogan/PROPN eut/AUX affirmé/VERB la/DET veille/NOUN que/SCONJ la/DET guerre/NOUN +./PUNCT");
        assertEquals("2016-11-29", value(t, "la veille"));
        List<Timex> u = tag(WED, "Il/PRON a/AUX déclaré/VERB le/DET 12/NUM novembre/NOUN être/AUX arrivé/VERB la/DET veille/NOUN");
        assertEquals("2016-11-12", value(u, "le 12 novembre"));
        assertEquals("2016-11-11", value(u, "la veille"));
        assertEquals("2016-11-28", value(tag(WED, "Il/PRON était/AUX là/ADV l'/DET +avant-veille/NOUN"), "l'avant-veille"));
    }

    @Test void leLendemainFollowsTheDateTheNarrativeIsAt() {
        List<Timex> t = tag(WED, "Il/PRON a/AUX été/AUX arrêté/VERB le/DET 3/NUM novembre/NOUN +./PUNCT",
                "Le/DET lendemain/NOUN +,/PUNCT il/PRON a/AUX été/AUX libéré/VERB +./PUNCT");
        assertEquals("2016-11-04", value(t, "Le lendemain"));
    }

    @Test void lastSummerIsThisYearsInAutumnAndLastYearsInSummer() {
        String s = "l'/DET +opération/NOUN lancée/VERB l'/DET +été/NOUN dernier/ADJ";
        assertEquals("2016-SU", value(tag(WED, s), "l'été dernier"));
        assertEquals("2015-SU", value(tag(LocalDate.of(2016, 7, 14), s), "l'été dernier"));
    }

    @Test void depuisPlusieursJoursIsAnOngoingDuration() {
        List<Timex> t = tag(WED, "Les/DET forces/NOUN progressent/VERB depuis/ADP plusieurs/DET jours/NOUN +./PUNCT");
        Timex d = find(t, "plusieurs jours");
        assertEquals("DURATION", d.type());
        assertEquals("PXD", d.value());
        assertTrue(TemporalTagger.isOngoing(d), d.rule());
    }

    @Test void weeksAndWeekends() {
        assertEquals("2016-W48", value(tag(WED, "Il/PRON est/AUX venu/VERB cette/DET semaine/NOUN"), "cette semaine"));
        // told on a Wednesday: a weekend in the past is the one just gone, in the future the coming one
        assertEquals("2016-W47-WE", value(tag(WED, "Ils/PRON ont/AUX manifesté/VERB ce/DET week-end/NOUN"), "ce week-end"));
        assertEquals("2016-W48-WE", value(tag(WED, "Ils/PRON manifesteront/VERB ce/DET week-end/NOUN"), "ce week-end"));
    }

    @Test void yearsMonthsAndDaysAgo() {
        assertEquals("2011", value(tag(WED, "Depuis/ADP son/DET déclenchement/NOUN en/ADP 2011/NUM"), "2011"));
        assertEquals("2016-11-28", value(tag(WED, "Il/PRON est/AUX arrivé/VERB il/PRON y/PRON a/VERB deux/NUM jours/NOUN"),
                "il y a deux jours"));
        assertEquals("2016-03", value(tag(WED, "Il/PRON a/AUX parlé/VERB en/ADP mars/NOUN"), "mars"));
        assertEquals("2017-03", value(tag(WED, "Il/PRON parlera/VERB en/ADP mars/NOUN"), "mars"));
        // a year named before in the sentence gives its year to a bare month
        List<Timex> t = tag(WED, "Deux/NUM ruptures/NOUN en/ADP 2013/NUM +,/PUNCT en/ADP janvier/NOUN");
        assertEquals("2013-01", value(t, "janvier"));
    }

    @Test void dayAndMonthWithoutYear() {
        assertEquals("2016-06-21", value(tag(WED, "Il/PRON a/AUX été/AUX tué/VERB le/DET 21/NUM juin/NOUN"), "le 21 juin"));
        assertEquals("2017-06-21", value(tag(WED, "Il/PRON sera/AUX jugé/VERB le/DET 21/NUM juin/NOUN"), "le 21 juin"));
        assertEquals("2016-12-05", value(tag(WED, "Réunion/NOUN le/DET 5/NUM décembre/NOUN"), "le 5 décembre"));
        assertEquals("1993-11-10", value(tag(WED, "L'/DET +accident/NOUN du/ADP 10/NUM novembre/NOUN 93/NUM"), "10 novembre 93"));
    }

    @Test void weekdayEveningIsATime() {
        Timex t = find(tag(WED, "Il/PRON a/AUX été/AUX blessé/VERB mardi/NOUN soir/NOUN"), "mardi soir");
        assertEquals("TIME", t.type());
        assertEquals("2016-11-29TEV", t.value());
    }

    @Test void clockTimesTakeTheDayOfTheirSentence() {
        List<Timex> t = tag(WED, "Vers/ADP 0/NUM h/NOUN 40/NUM +,/PUNCT jeudi/NOUN +,/PUNCT deux/NUM voitures/NOUN se/PRON "
                + "sont/AUX heurtées/VERB");
        assertEquals("2016-11-24", value(t, "jeudi"));
        assertEquals("2016-11-24T00:40", value(t, "0 h 40"));
        assertEquals("2016-11-30T14:00", value(tag(WED, "Rendez-vous/NOUN à/ADP 14/NUM h/NOUN"), "14 h"));
    }

    @Test void agesAndNamesAreNoTimes() {
        HandTagged h = HandTagged.of("Jean/PROPN Dupont/PROPN +,/PUNCT 38/NUM ans/NOUN +,/PUNCT a/AUX été/AUX blessé/VERB");
        Timex heidelTimeAge = new Timex(h.text.indexOf("38"), h.text.indexOf("38") + 6, "38 ans", "DURATION", "P38Y",
                "heideltime:duration_r1b");
        assertTrue(FR.apply(h.text, h.sentences, WED, List.of(heidelTimeAge)).isEmpty());
    }

    @Test void withoutPublicationDateRelativeValuesStayUnresolved() {
        List<Timex> t = tag(null, "Le/DET ministre/NOUN est/AUX attendu/VERB jeudi/NOUN +,/PUNCT il/PRON a/AUX parlé/VERB "
                + "la/DET veille/NOUN +,/PUNCT l'/DET +été/NOUN dernier/ADJ et/CCONJ cette/DET semaine/NOUN");
        assertEquals("XXXX-WXX-4", value(t, "jeudi"));
        assertEquals("XXXX-XX-XX", value(t, "la veille"));
        assertEquals("XXXX-SU", value(t, "l'été dernier"));
        assertEquals("XXXX-WXX", value(t, "cette semaine"));
        for (Timex x : t) assertFalse(x.value().contains(String.valueOf(LocalDate.now().getYear())), x.toString());
    }

    @Test void rulesFileIsVersioned() {
        assertNotNull(FR.rules().version());
        assertFalse(FR.rules().version().isBlank());
        assertFalse(FR.rules().rules().isEmpty());
    }
}
