package org.diurna.time.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/**
 * Guesses whether a time expression speaks of the past or the future from the verb that governs it: the nearest
 * verb group of its sentence, commas and brackets counting as distance. Works from words and universal or Penn tags
 * only (CoreNLP's French model gives no morphology); the word lists come from the rule file ({@code @lex} lines):
 * <ul>
 * <li>{@code future}: words that announce a future wherever they stand (doit, va, attendu, prévu, prochain, will)</li>
 * <li>{@code past}: words that place the clause in the past by themselves (dernier, eut, fut)</li>
 * <li>{@code aux}, {@code aux-etre}, {@code aux-future}: auxiliaries of compound tenses</li>
 * <li>{@code participle}, {@code motion}: past participles; those that take "être" in a compound past</li>
 * <li>{@code bare-participle}: participles recognisable without an auxiliary; they tell of a past</li>
 * <li>{@code future-form}, {@code past-form}, {@code infinitive}: verb forms by their ending; {@code past-tag}: tags</li>
 * <li>{@code future-noun}: future forms the tagger mistook for nouns</li>
 * </ul>
 */
public final class TenseDetector {
    /** The tense a clause gives to its time expressions. */
    public enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }

    private static final Pattern BREAK = Pattern.compile("[,;:()«»\"—–]");
    private static final int BREAK_COST = 6;
    private static final Pattern QUOTE = Pattern.compile("[«»\"“”]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
    private static final int MAX_DISTANCE = 40;

    private final RuleSet lex;

    public TenseDetector(RuleSet lex) {
        this.lex = lex;
    }

    /** The tense governing tokens [first, last] of the sentence. */
    public Tense tense(Sentence s, int first, int last) {
        List<Token> toks = s.tokens();
        Tense best = Tense.UNKNOWN;
        int bestCost = Integer.MAX_VALUE;
        for (int i = 0; i < toks.size(); i++) {
            if (i >= first && i <= last) continue;
            Tense t = classify(toks, i);
            if (t == Tense.UNKNOWN) continue;
            int cost = cost(toks, i, first, last);
            // ties go to the verb before the expression (seen first): it usually governs it
            if (cost < bestCost) {
                bestCost = cost;
                best = t;
            }
        }
        return bestCost <= MAX_DISTANCE ? best : Tense.UNKNOWN;
    }

    private static int cost(List<Token> toks, int i, int first, int last) {
        int from = i < first ? i : last;
        int to = i < first ? first : i;
        int c = to - from;
        for (int k = from + 1; k < to; k++) if (BREAK.matcher(toks.get(k).word()).matches()) c += BREAK_COST;
        return c;
    }

    /** What token {@code i} says about the tense, UNKNOWN when it says nothing (not a verb, an infinitive...). */
    Tense classify(List<Token> toks, int i) {
        Token t = toks.get(i);
        String w = t.word().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (is("future", w)) return Tense.FUTURE;
        if (is("past", w)) return Tense.PAST;
        if ("NOUN".equals(t.pos()) && is("future-noun", w)) return Tense.FUTURE;
        if (!t.isVerbal() && !t.pos().startsWith("VB") && !"MD".equals(t.pos())) return Tense.UNKNOWN;
        // tagger slips: "jusqu'à" tagged VERB
        if (!WORD.matcher(w).matches()) return Tense.UNKNOWN;
        // a participle or infinitive only counts through its auxiliary, which is classified on its own
        if (auxBefore(toks, i)) return Tense.UNKNOWN;
        int p = participleAfter(toks, i);
        if (p >= 0) {
            String part = toks.get(p).word().toLowerCase(Locale.ROOT);
            if (is("aux-future", w) || is("future", part)) return Tense.FUTURE;
            if (is("aux", w)) return Tense.PAST;
            if (is("aux-etre", w)) {
                boolean reflexive = i > 0 && is("reflexive", toks.get(i - 1).word().toLowerCase(Locale.ROOT));
                if (reflexive || is("motion", part)) return Tense.PAST;
                return simpleTense(w, t.pos());
            }
        }
        // "ont appelé à manifester dimanche": what one calls for, plans or decides to do is still to come
        if (is("infinitive", w) && i >= 2 && is("to-infinitive", toks.get(i - 1).word().toLowerCase(Locale.ROOT))
                && is("prospective", toks.get(i - 2).word().toLowerCase(Locale.ROOT))) return Tense.FUTURE;
        if (is("infinitive", w) || "VB".equals(t.pos()) || "VBG".equals(t.pos())) return Tense.UNKNOWN;
        // a participle on its own tells of something done: "les mesures annoncées mercredi", "élu dimanche"
        if (is("bare-participle", w)) return Tense.PAST;
        if ("VBN".equals(t.pos())) return Tense.UNKNOWN;
        return simpleTense(w, t.pos());
    }

    private Tense simpleTense(String w, String pos) {
        if (is("infinitive", w) || is("present-participle", w)) return Tense.UNKNOWN;
        if (is("past-tag", pos)) return Tense.PAST;
        if (is("future-form", w)) return Tense.FUTURE;
        if (is("past-form", w)) return Tense.PAST;
        return Tense.PRESENT;
    }

    /** The participle completing the auxiliary at {@code i} ("a ainsi annoncé", "n'a pas été"), or -1. */
    private int participleAfter(List<Token> toks, int i) {
        if (!isAux(toks.get(i))) return -1;
        for (int k = i + 1; k < toks.size() && k <= i + 4; k++) {
            Token n = toks.get(k);
            String w = n.word().toLowerCase(Locale.ROOT);
            if (is("participle", w) || "VBN".equals(n.pos())) return k;
            if (!isAdverbial(n)) return -1;
        }
        return -1;
    }

    /** True when token i continues a verb chain opened by an auxiliary ("aura été « auditionné »", "a ainsi dit"). */
    private boolean auxBefore(List<Token> toks, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            Token b = toks.get(k);
            if (isAux(b)) return true;
            boolean chain = isAdverbial(b) || "PUNCT".equals(b.pos()) && QUOTE.matcher(b.word()).matches()
                    || is("participle", b.word().toLowerCase(Locale.ROOT)) && b.isVerbal();
            if (!chain) return false;
        }
        return false;
    }

    private boolean isAux(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return is("aux", w) || is("aux-etre", w) || is("aux-future", w);
    }

    private static boolean isAdverbial(Token t) {
        String p = t.pos();
        return "ADV".equals(p) || "RB".equals(p) || "PART".equals(p) || "PRON".equals(p) || "PRP".equals(p);
    }

    private boolean is(String list, String word) {
        Pattern p = lex.lexicon(list);
        return p != null && p.matcher(word).matches();
    }
}
