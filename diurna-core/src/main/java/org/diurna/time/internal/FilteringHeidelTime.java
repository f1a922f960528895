package org.diurna.time.internal;

import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.uima.jcas.JCas;

/**
 * HeidelTime with its rules skipped on sentences that cannot match them. For every sentence, HeidelTime tries each
 * of its ~200 rule patterns (large alternations, ~65 ms on a 2,000-character dispatch); a rule whose pattern requires
 * one of a few strings ({@link RegexLiterals}) is left out for a sentence that contains none of them. Only rules that
 * could not have matched are left out, so the output is HeidelTime's own, which the integration tests check.
 */
final class FilteringHeidelTime extends HeidelTime {
    /** Pattern to the string sets it requires (all of them, one string of each); none: always run. Shared. */
    private static final Map<Pattern, String[][]> REQUIRED = new ConcurrentHashMap<>();
    /** One array per distinct string set, so that a sentence tests each set once (many rules share month names). */
    private static final Map<Set<String>, String[]> CANONICAL = new ConcurrentHashMap<>();

    @Override
    public void findTimexes(String timexType, HashMap<Pattern, String> hmPattern, HashMap<String, String> hmOffset,
                            HashMap<String, String> hmNormalization, HashMap<String, String> hmQuant, Sentence s,
                            JCas jcas) {
        String text = s.getCoveredText().toLowerCase(Locale.ROOT);
        Map<String[], Boolean> seen = new IdentityHashMap<>();
        HashMap<Pattern, String> candidates = new HashMap<>();
        for (Map.Entry<Pattern, String> e : hmPattern.entrySet()) {
            if (mayMatch(e.getKey(), text, seen)) candidates.put(e.getKey(), e.getValue());
        }
        super.findTimexes(timexType, candidates, hmOffset, hmNormalization, hmQuant, s, jcas);
    }

    static boolean mayMatch(Pattern p, String lowerCaseText, Map<String[], Boolean> seen) {
        for (String[] set : REQUIRED.computeIfAbsent(p, FilteringHeidelTime::analyse)) {
            Boolean hit = seen.get(set);
            if (hit == null) {
                hit = false;
                for (String r : set) {
                    if (lowerCaseText.contains(r)) {
                        hit = true;
                        break;
                    }
                }
                seen.put(set, hit);
            }
            if (!hit) return false;
        }
        return true;
    }

    private static String[][] analyse(Pattern p) {
        if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) return new String[0][];
        List<Set<String>> all = RegexLiterals.requiredAll(p.pattern());
        String[][] out = new String[all.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = CANONICAL.computeIfAbsent(all.get(i), k -> k.toArray(new String[0]));
        }
        return out;
    }
}
