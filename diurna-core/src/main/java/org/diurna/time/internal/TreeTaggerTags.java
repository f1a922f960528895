package org.diurna.time.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Maps CoreNLP's tags to the TreeTagger tag sets HeidelTime's rules were written for. HeidelTime's French rules use
 * POS constraints (NOM, NAM, NUM) and guess the tense of a sentence from TreeTagger verb tags (VER:futu, VER:pres,
 * VER:pper, VER:impf, VER:simp); its English rules from VBD/VBN/MD/VBZ... CoreNLP's French model gives only universal
 * tags, so the verb tense is guessed from the word's ending, which is what TreeTagger's French lexicon encodes.
 */
public final class TreeTaggerTags {
    private static final Pattern FR_FUTURE = Pattern.compile(".+(?:rai|ras|ra|rons|rez|ront)");
    private static final Pattern FR_IMPERFECT = Pattern.compile(".+(?:ais|ait|ions|iez|aient)");
    private static final Pattern FR_PARTICIPLE = Pattern.compile(".+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues|ert|erte|ts)");
    private static final Pattern FR_INFINITIVE = Pattern.compile(".+(?:er|ir|re|oir)");
    private static final Pattern FR_SIMPLE_PAST = Pattern.compile("(?:fut|furent|eut|eurent|.+èrent)");

    private TreeTaggerTags() {}

    /** The TreeTagger tag for a word with the given universal or Penn tag, in language "fr" or "en". */
    public static String of(String language, String word, String tag) {
        return "fr".equals(language) ? french(word, tag) : english(tag);
    }

    static String french(String word, String upos) {
        String w = word.toLowerCase(Locale.ROOT);
        switch (upos == null ? "" : upos) {
            case "NOUN": return "NOM";
            case "PROPN": return "NAM";
            case "NUM": return "NUM";
            case "ADJ": return "ADJ";
            case "ADV": return "ADV";
            case "DET": return "DET:ART";
            case "ADP": return "PRP";
            case "PRON": return "PRO:PER";
            case "CCONJ": return "KON";
            case "SCONJ": return "KON";
            case "PUNCT": return ".".equals(w) || "!".equals(w) || "?".equals(w) ? "SENT" : "PUN";
            case "INTJ": return "INT";
            case "SYM": return "SYM";
            case "VERB": case "AUX": return frenchVerb(w);
            default: return "ABR";
        }
    }

    private static String frenchVerb(String w) {
        if (FR_SIMPLE_PAST.matcher(w).matches()) return "VER:simp";
        if (FR_FUTURE.matcher(w).matches()) return "VER:futu";
        if (w.endsWith("rait") || w.endsWith("raient")) return "VER:cond";
        if (FR_IMPERFECT.matcher(w).matches()) return "VER:impf";
        if (FR_INFINITIVE.matcher(w).matches()) return "VER:infi";
        if (w.endsWith("ant")) return "VER:ppre";
        if (FR_PARTICIPLE.matcher(w).matches()) return "VER:pper";
        return "VER:pres";
    }

    /** CoreNLP's English tagger already gives Penn tags (TreeTagger's English set); universal tags are mapped. */
    static String english(String tag) {
        switch (tag == null ? "" : tag) {
            case "NOUN": return "NN";
            case "PROPN": return "NP";
            case "NUM": return "CD";
            case "ADJ": return "JJ";
            case "ADV": return "RB";
            case "DET": return "DT";
            case "ADP": return "IN";
            case "PRON": return "PP";
            case "CCONJ": return "CC";
            case "SCONJ": return "IN";
            case "PUNCT": return "SENT";
            case "VERB": return "VV";
            case "AUX": return "VB";
            default: return tag == null ? "" : tag;
        }
    }
}
