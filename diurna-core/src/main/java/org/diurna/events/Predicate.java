package org.diurna.events;

import java.util.List;
import java.util.Map;
import org.diurna.data.Tsv;

/**
 * One row of the predicate lexicon ({@code predicates-LANG.tsv}): a verb or event noun, how it is coded, and where
 * its participants are.
 *
 * @param id       the row's stable id ("fr-0042"): events name the row that made them
 * @param trigger  the verb's infinitive, or the noun's forms ("frappe|frappes")
 * @param pos      VERB or NOUN
 * @param plover   PLOVER type
 * @param mode     PLOVER mode, or null
 * @param code     the CAMEO code the row stands for (provenance: "042", "0874"); its first two digits are the root
 * @param source   argument slots for the source, tried in order (see predicates-fr.tsv)
 * @param target   argument slots for the target; "?" makes the target optional
 * @param requires conditions ("reflexive", "passive", "place", "word:a|b")
 * @param symmetric true when both sides do the same to each other (meetings, agreements)
 * @param habitual true when, in the present tense without a date, it is a standing relation
 * @param mil      "PLOVER:mode:CAMEO" used when the source is an armed force, or null
 * @param factuality forced factuality, or null
 * @param modeIf   dependent word → mode ("téléphonique" → phone)
 * @param example  a sentence of the project's own that this row reads
 * @param expect   what that sentence must give: "SRC > TGT" country + sector codes, "-" for none
 */
public record Predicate(String id, String trigger, String pos, String plover, String mode, String code,
                        List<String> source, List<String> target, List<String> requires, boolean symmetric,
                        boolean habitual, String mil, String factuality, Map<String, String> modeIf, String example,
                        String expect) {

    /** A predicate from a row of a predicates file. */
    static Predicate of(Tsv.Row r) {
        return new Predicate(r.get("id"), r.get("trigger"), r.get("pos"), r.get("plover"), r.opt("mode"),
                r.get("cameo"), r.list("source"), r.list("target"), Lexicon.split(r.get("requires"), ";"),
                "yes".equals(r.get("symmetric")), "yes".equals(r.get("habitual")), r.opt("mil"), r.opt("factuality"),
                Lexicon.pairs(r.get("mode_if")), r.get("example"), r.get("expect"));
    }

    /** The two-digit CAMEO root ("04"). */
    public String cameo() { return code.length() >= 2 ? code.substring(0, 2) : code; }

    public boolean isNoun() { return "NOUN".equals(pos); }

    public boolean targetOptional() { return target.contains("?"); }

    public boolean sourceOptional() { return source.contains("?"); }
}
