package org.diurna.time.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of a Diurna time-rule file.
 *
 * @param name       rule name, reported as "diurna:" + name in {@link org.diurna.model.Timex#rule()}
 * @param mode       how it combines with HeidelTime's expressions
 * @param type       TIMEX3 type (DATE, TIME, DURATION, SET); unused for {@link Mode#REMOVE}
 * @param pattern    compiled pattern; the expression is group "t" when the pattern has one, else the whole match
 * @param value      value expression: a template ("P{n}D") or a function ("weekday({wd})T{pod}")
 * @param groups     the named groups of the pattern
 * @param beforePos  universal POS tags one of which the token just before the match must carry, or empty for any
 * @param required   string sets (lower case) a sentence must contain one of each of for the pattern to match:
 *                   the rule is not run on other sentences ({@link RegexLiterals})
 */
public record Rule(String name, Mode mode, String type, Pattern pattern, String value, List<String> groups,
                   Set<String> beforePos, List<Set<String>> required) {

    /** False when the lower-cased sentence lacks a string the pattern requires: no need to run it. */
    public boolean mayMatch(String lowerCaseSentence) {
        for (Set<String> set : required) {
            if (set.stream().noneMatch(lowerCaseSentence::contains)) return false;
        }
        return true;
    }

    /** How a rule's expression combines with HeidelTime's overlapping ones. */
    public enum Mode {
        /** Only where HeidelTime found nothing overlapping. */
        ADD,
        /** Replaces the HeidelTime expressions it covers; a wider HeidelTime expression (it saw more) stays. */
        REPLACE,
        /** Like REPLACE, but a wider HeidelTime expression keeps its span and takes this rule's type and value. */
        REVALUE,
        /** Deletes the overlapping HeidelTime expressions: the words are not a time here (ages, "Jeux d'hiver"). */
        REMOVE;

        static Mode parse(String s) { return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT)); }
    }

    /** The timex span in the sentence string the matcher ran on: group "t" if present and matched, else the match. */
    public int[] span(java.util.regex.Matcher m) {
        if (groups.contains("t") && m.start("t") >= 0) return new int[] {m.start("t"), m.end("t")};
        return new int[] {m.start(), m.end()};
    }
}
