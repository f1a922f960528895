package org.diurna.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexLiteralsTest {

    @Test void literalAlternativesAreRequired() {
        assertEquals(Set.of("lundi", "mardi"), RegexLiterals.required("(?:lundi|mardi)"));
        assertEquals(Set.of("mercredi", "mercredis"), RegexLiterals.required("[Mm]ercredis?"));
        assertEquals(Set.of(" janvier"), RegexLiterals.required("(\\d+) [Jj]anvier( \\d{4})?"));
    }

    @Test void everyConcatenatedPartIsRequired() {
        List<Set<String>> all = RegexLiterals.requiredAll("(\\d+|deux|trois) (ans|mois)");
        assertTrue(all.contains(Set.of(" ans", " mois")) || all.contains(Set.of("ans", "mois")), all.toString());
        assertTrue(all.stream().anyMatch(s -> s.contains("deux") && s.contains("7")), all.toString());
    }

    @Test void optionalOrUnknownPartsRequireNothing() {
        assertNull(RegexLiterals.required("(lundi)?"));
        assertNull(RegexLiterals.required(".*"));
        assertNull(RegexLiterals.required("\\w+"));
        assertNull(RegexLiterals.required("[^a]+"));
        assertNull(RegexLiterals.required("(unbalanced"));
    }

    @Test void lookaroundsAndBoundariesConsumeNothing() {
        assertEquals(Set.of("jeudi"), RegexLiterals.required("(?<!le )\\bjeudi(?= prochain)"));
        assertEquals(Set.of("h"), RegexLiterals.required("\\d{1,2} ?h"));
    }

    /** Soundness: wherever a pattern matches, the text holds a string of each required set. */
    @Test void neverRejectsAMatchingText() {
        Map<String, List<String>> cases = Map.of(
                "([Ll]e[\\s\\u00A0]+)?(1er|[12][0-9]|3[01]|0?[1-9])[\\s]+([Jj]anvier|[Ff][ée]vrier|MARS|[Mm]ars)",
                List.of("le 1er janvier", "Le 12 MARS", "3 février", "pas de date"),
                "(\\d+|un|une|deux) (ans?|mois|jours?)( plus tard)?",
                List.of("3 ans", "une année", "un jour", "deux mois plus tard", "rien"),
                "(?i)(depuis|dès) (le )?(\\d{4})",
                List.of("DEPUIS 2011", "dès le 1999", "avant 2011"),
                "[0-9]{1,2}[:h][0-5][0-9]",
                List.of("14h30", "9:05", "quatorze heures"));
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            Pattern p = Pattern.compile(c.getKey());
            List<Set<String>> all = RegexLiterals.requiredAll(c.getKey());
            for (String text : c.getValue()) {
                String lower = text.toLowerCase(Locale.ROOT);
                boolean mayMatch = all.stream().allMatch(s -> s.stream().anyMatch(lower::contains));
                if (p.matcher(text).find()) assertTrue(mayMatch, c.getKey() + " on '" + text + "' with " + all);
            }
        }
        assertTrue(RegexLiterals.requiredAll("(\\d+|un|une|deux) (ans?|mois|jours?)").stream()
                .noneMatch(s -> s.stream().anyMatch("rien"::contains)), "a sentence without them is skipped");
    }
}
