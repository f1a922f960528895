package org.diurna.events;

import java.util.List;
import java.util.Map;

/**
 * One entry of the predicate lexicon: a verb or event noun, how it is coded, and where its participants are.
 *
 * @param source   argument slots for the source, tried in order (see predicates-fr.tsv)
 * @param target   argument slots for the target; "?" makes the target optional
 * @param requires conditions ("reflexive", "passive", "place", "word:a|b")
 * @param mil      "PLOVER:mode:CAMEO" used when the source is an armed force, or null
 * @param modeIf   dependent word → mode ("téléphonique" → phone)
 */
public record Predicate(String trigger, String pos, String plover, String mode, String cameo, List<String> source,
                        List<String> target, List<String> requires, boolean symmetric, boolean habitual, String mil,
                        String factuality, Map<String, String> modeIf) {

    public boolean isNoun() { return "NOUN".equals(pos); }

    public boolean targetOptional() { return target.contains("?"); }

    public boolean sourceOptional() { return source.contains("?"); }
}
