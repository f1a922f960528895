package org.diurna.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Sentence;
import org.diurna.model.Timex;
import org.diurna.model.Token;

/**
 * Undoes errors the French parser makes again and again on dispatch prose, before events are read (each rule below
 * is numbered in {@link #apply}); among them:
 * <ul>
 *   <li>after a fronted place complement and its comma ("En Irak, l'armée … avaient repris Ramadi"), the subject read
 *   as the place's conjunct;</li>
 *   <li>a bare past participle after a comma ("la visite du président en France, prévue le 27 janvier") hung on the
 *   main verb instead of the noun phrase it qualifies;</li>
 *   <li>a name right after a date ("a appelé jeudi Israël à…", "a reçu lundi Emmanuel Macron") is read as part of the
 *   date ({@code flat:name} of "jeudi"): it is the verb's object;</li>
 *   <li>a noun after "aux" / "des" read as a verb with the article as its object ("livré des vivres aux déplacés"):
 *   it is a noun, its "à" a preposition.</li>
 * </ul>
 */
public final class ParseRepair {
    private ParseRepair() {}

    /** "en garde", "en demeure": the noun's only dependent is the bare preposition "en" (no article). */
    private static boolean bareEn(List<Token> ts, Token noun) {
        boolean en = false;
        for (Token t : ts) {
            if (t.head() != noun.index() || t.index() > noun.index()) continue;
            if (t.deprel().equals("case") && org.diurna.data.Keys.key(t.word()).equals("en")) en = true;
            else return false;
        }
        return en;
    }

    private static boolean noCase(List<Token> ts, Token t) {
        return ts.stream().noneMatch(x -> x.head() == t.index() && x.deprel().equals("case"));
    }

    /**
     * The sentence with the parser's known errors undone (clause attachments: {@link ClauseRepair}), relative objects
     * ({@link RelativeObject}), counted
     * results ({@link ResultParticiple}) and infinitives hung on a passive agent ({@link AgentInfinitive}) included.
     */
    public static Sentence apply(Sentence s, List<Timex> timexes, org.diurna.events.Lexicon lexicon) {
        return AgentInfinitive.apply(ResultParticiple.apply(RelativeObject.apply(apply(s, timexes), lexicon), lexicon),
                lexicon);
    }

    public static Sentence apply(Sentence s, List<Timex> timexes) {
        List<Token> ts = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (int i = 0; i < ts.size(); i++) {
            Token c = ts.get(i);
            if (c.head() < 0) continue;
            Token h = ts.get(c.head());
            // 8. "L'explosion … ce vendredi a tué cinquante personnes": a date read as the verb's second subject or
            // object (and its "ce" as a pronoun) is a time complement; the verb's other subject or object stays
            if ((c.deprel().equals("nsubj") || c.deprel().equals("obj")) && "NOUN".equals(c.pos()) && h.isVerbal()
                    && inTimex(c, timexes) && ts.stream().anyMatch(t -> t.head() == h.index() && t.index() != c.index()
                    && t.deprel().equals(c.deprel()) && !inTimex(t, timexes))) {
                ts.set(i, with(c, c.pos(), h.index(), "obl:mod"));
                if (i > 0 && ts.get(i - 1).head() == h.index() && "PRON".equals(ts.get(i - 1).pos())
                        && inTimex(ts.get(i - 1), timexes)) {
                    ts.set(i - 1, with(ts.get(i - 1), "DET", i, "det"));
                }
                changed = true;
                continue;
            }
            // 9. "En Irak, l'armée et ses milices avaient repris Ramadi": after a fronted place complement and its
            // comma, a determined noun read as the place's conjunct is the subject of the verb that has none
            if (frontedSubject(ts, c, h)) {
                Token verb = ts.get(h.head());
                ts.set(i, with(c, c.pos(), verb.index(), "nsubj"));
                for (int k = i + 1; k < ts.size(); k++) {
                    Token m = ts.get(k);
                    if (m.head() == h.index() && m.deprel().equals("conj")) ts.set(k, with(m, m.pos(), i, "conj"));
                }
                changed = true;
                continue;
            }
            // 10. "lors de la visite du président iranien en France, prévue le 27 janvier": a bare past participle after
            // a comma, read as a conjunct of the main verb, qualifies the noun phrase the comma closes
            Token qualified = detachedParticiple(ts, c);
            if (qualified != null) {
                ts.set(i, with(c, c.pos(), qualified.index(), "acl"));
                changed = true;
                continue;
            }
            // 6. "accueille des réfugiés", "a désarmé lundi des miliciens": the partitive article "des" (de + les)
            // read as a preposition makes the object an oblique
            if ((c.deprel().equals("obl:arg") || c.deprel().equals("obl")) && "NOUN".equals(c.pos()) && h.isVerbal()
                    && partitive(ts, c) && ts.stream().noneMatch(t -> t.head() == h.index() && t.deprel().equals("obj"))) {
                ts.set(i, with(c, c.pos(), h.index(), "obj"));
                for (Token m : List.copyOf(ts)) {
                    if (m.head() == i && m.deprel().equals("case")) ts.set(m.index(), with(m, "DET", i, "det"));
                }
                changed = true;
                continue;
            }
            // 7. "met en garde Pékin", "a mis en demeure la Pologne": after a bare "en" + noun locution, the name the
            // parser hangs on the noun is the verb's object
            if ((c.deprel().equals("appos") || c.deprel().equals("nmod") && noCase(ts, c)) && h.deprel().startsWith("obl")
                    && h.head() >= 0 && ts.get(h.head()).isVerbal() && bareEn(ts, h) && c.index() > h.index()
                    && ts.stream().noneMatch(t -> t.head() == h.head() && t.deprel().equals("obj"))) {
                ts.set(i, with(c, c.pos(), h.head(), "obj"));
                changed = true;
                continue;
            }
            // 5. "a appelé Vladimir Poutine": a name read as the verb's open complement is its object
            if (c.deprel().equals("xcomp") && "PROPN".equals(c.pos()) && h.isVerbal()
                    && ts.stream().noneMatch(t -> t.head() == h.index() && t.deprel().equals("obj"))) {
                ts.set(i, with(c, c.pos(), h.index(), "obj"));
                changed = true;
                continue;
            }
            // 1b. "a expulsé mardi quatre diplomates", "a attaqué mardi des soldats": the object read as the date's
            if (c.deprel().equals("nmod") && "NOUN".equals(c.pos()) && inTimex(h, timexes) && !inTimex(c, timexes)
                    && h.head() >= 0 && ts.get(h.head()).isVerbal() && h.deprel().startsWith("obl") && c.index() > h.index()
                    && partitiveOrBare(ts, c, h)) {
                Token verb = ts.get(h.head());
                boolean hasObj = ts.stream().anyMatch(t -> t.head() == verb.index() && t.deprel().equals("obj"));
                if (!hasObj) {
                    ts.set(i, with(c, c.pos(), verb.index(), "obj"));
                    for (int k = h.index() + 1; k < i; k++) {
                        Token m = ts.get(k);
                        if (m.head() == i && m.deprel().equals("case")) ts.set(k, with(m, "DET", i, "det"));
                    }
                    changed = true;
                    continue;
                }
            }
            // 1c. "a accusé dimanche Moscou de…": a bare name right after a date, read as a second oblique, is the object
            if (c.deprel().startsWith("obl") && "PROPN".equals(c.pos()) && h.isVerbal() && i > 0
                    && inTimex(ts.get(i - 1), timexes) && !inTimex(c, timexes) && noCase(ts, c)
                    && ts.stream().noneMatch(t -> t.head() == h.index() && t.deprel().equals("obj"))) {
                ts.set(i, with(c, c.pos(), h.index(), "obj"));
                changed = true;
                continue;
            }
            // 2c. "a dispersé à coups de gaz des manifestants": a partitive noun hung on the verb's oblique is its object
            if (c.deprel().equals("nmod") && "NOUN".equals(c.pos()) && partitive(ts, c) && h.deprel().startsWith("obl")
                    && h.head() >= 0 && ts.get(h.head()).isVerbal() && c.index() > h.index()
                    // a noun has one "de" complement: a second one ("coups de gaz des manifestants") is misattached
                    && ts.stream().anyMatch(t -> t.head() == h.index() && t.deprel().equals("nmod") && t.index() < c.index())
                    && ts.stream().noneMatch(t -> t.head() == h.head() && t.deprel().equals("obj"))) {
                ts.set(i, with(c, c.pos(), h.head(), "obj"));
                for (Token m : List.copyOf(ts)) {
                    if (m.head() == i && m.deprel().equals("case")) ts.set(m.index(), with(m, "DET", i, "det"));
                }
                changed = true;
                continue;
            }
            // 1. a name glued to a date
            if ((c.deprel().startsWith("flat") || c.deprel().equals("appos"))
                    && ("PROPN".equals(c.pos()) || "NOUN".equals(c.pos()) && c.deprel().equals("appos"))
                    && inTimex(h, timexes) && !inTimex(c, timexes) && h.head() >= 0 && ts.get(h.head()).isVerbal()) {
                Token verb = ts.get(h.head());
                boolean hasObj = ts.stream().anyMatch(t -> t.head() == verb.index() && t.deprel().equals("obj"));
                ts.set(i, with(c, c.pos(), verb.index(), hasObj ? "obl" : "obj"));
                for (int k = i + 1; k < ts.size(); k++) {
                    // the rest of the name follows it
                    Token n = ts.get(k);
                    if (n.head() == h.index() && n.deprel().startsWith("flat") && "PROPN".equals(n.pos())) {
                        ts.set(k, with(n, n.pos(), c.index(), "flat:name"));
                    }
                }
                changed = true;
            }
            // 3. "Un manifestant a été blessé": the article read as a pronoun and the noun as a verb on it
            if ("VERB".equals(c.pos()) && c.deprel().startsWith("acl") && c.head() == i - 1
                    && "PRON".equals(h.pos()) && ARTICLES.contains(h.word().toLowerCase())) {
                ts.set(i, with(c, "NOUN", h.head(), h.deprel()));
                ts.set(i - 1, with(h, "DET", i, "det"));
                for (int k = 0; k < ts.size(); k++) {
                    Token m = ts.get(k);
                    if (k != i && m.head() == i - 1) ts.set(k, with(m, m.pos(), i, m.deprel()));
                    if (m.head() == i && (m.deprel().equals("xcomp") || m.deprel().equals("obj")) && "ADJ".equals(m.pos())) {
                        ts.set(k, with(m, m.pos(), i, "amod"));
                    }
                }
                changed = true;
                continue;
            }
            // 4. "une frappe aérienne tue…": the article read as the subject pronoun of a noun read as a verb
            if ("VERB".equals(c.pos()) && i > 0 && ts.get(i - 1).head() == i && "PRON".equals(ts.get(i - 1).pos())
                    && ts.get(i - 1).deprel().startsWith("nsubj") && ARTICLES.contains(ts.get(i - 1).word().toLowerCase())
                    && !hasAux(ts, i)) {
                Token pred = null;
                for (Token t : ts) {
                    if (t.head() == i && t.index() > i && "VERB".equals(t.pos())
                            && (t.deprel().equals("xcomp") || t.deprel().equals("conj") || t.deprel().equals("ccomp"))) {
                        pred = t;
                        break;
                    }
                }
                ts.set(i - 1, with(ts.get(i - 1), "DET", i, "det"));
                if (pred != null) {
                    ts.set(pred.index(), with(pred, pred.pos(), c.head(), c.deprel()));
                    ts.set(i, with(c, "NOUN", pred.index(), "nsubj"));
                    for (int k = 0; k < ts.size(); k++) {
                        Token m = ts.get(k);
                        // what followed the predicate belongs to it, what qualified the noun stays
                        if (m.head() == i && k > pred.index() && !m.deprel().equals("amod")) {
                            ts.set(k, with(m, m.pos(), pred.index(), m.deprel()));
                        }
                    }
                } else {
                    ts.set(i, with(c, "NOUN", c.head(), c.deprel()));
                }
                changed = true;
                continue;
            }
            // 2. "aux déplacés" read as a verb whose object is the article
            if ("VERB".equals(c.pos()) && i > 0 && "DET".equals(ts.get(i - 1).pos()) && ts.get(i - 1).head() == i
                    && !hasAux(ts, i)) {
                ts.set(i, with(c, "NOUN", c.head(), c.deprel().startsWith("acl") ? "nmod" : c.deprel()));
                ts.set(i - 1, with(ts.get(i - 1), "DET", i, "det"));
                for (int k = 0; k < i; k++) {
                    Token m = ts.get(k);
                    if (m.head() == i && m.deprel().equals("mark")) ts.set(k, with(m, "ADP", i, "case"));
                }
                changed = true;
            }
        }
        return ClauseRepair.apply(changed ? new Sentence(s.index(), s.start(), s.end(), ts) : s);
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("un", "une", "des", "le", "la", "les");

    /** The noun's preposition is the "de" of a contracted "des" (de + les share the written word). */
    private static boolean partitive(List<Token> ts, Token c) {
        Token de = null;
        Token les = null;
        for (Token m : ts) {
            if (m.head() != c.index()) continue;
            if (m.deprel().equals("case") && m.word().equalsIgnoreCase("de")) de = m;
            if (m.deprel().equals("det") && m.word().equalsIgnoreCase("les")) les = m;
        }
        return de != null && les != null && de.start() == les.start() && de.index() + 1 == les.index();
    }

    /** Between the date and the noun: nothing, a number, or a partitive ("des", "de" before an adjective). */
    private static boolean partitiveOrBare(List<Token> ts, Token c, Token date) {
        for (int k = date.index() + 1; k < c.index(); k++) {
            Token m = ts.get(k);
            String w = m.word().toLowerCase();
            // "de nouvelles sanctions", "d'importantes manifestations": "de" before an adjective is the partitive
            boolean ok = "NUM".equals(m.pos()) || "ADJ".equals(m.pos()) || (w.equals("de") || w.equals("d'"))
                    && k + 1 < c.index() && ("DET".equals(ts.get(k + 1).pos()) || "ADJ".equals(ts.get(k + 1).pos()))
                    || w.equals("les") || w.equals("des") || "DET".equals(m.pos());
            if (!ok) return false;
        }
        return true;
    }

    /**
     * The conjunct {@code c} of a sentence-initial place complement {@code h} ("En Irak"), with a comma between them and
     * an article of its own, where the verb the complement hangs on has no subject: a subject the parser misread.
     */
    private static boolean frontedSubject(List<Token> ts, Token c, Token h) {
        if (!c.deprel().equals("conj") || !"NOUN".equals(c.pos()) && !"PROPN".equals(c.pos())) return false;
        if (!h.deprel().startsWith("obl") || h.head() < 0 || !ts.get(h.head()).isVerbal() || c.index() > h.head()) return false;
        if (noCase(ts, h) || !noCase(ts, c) || h.index() > 2) return false;
        boolean comma = false;
        boolean det = false;
        for (Token t : ts) {
            if (t.head() == c.index() && t.index() < c.index()) {
                if (t.deprel().equals("punct") && t.word().equals(",")) comma = true;
                else if (t.deprel().equals("det")) det = true;
                else if (t.deprel().equals("cc")) return false;
            }
        }
        int verb = h.head();
        return comma && det && ts.stream().noneMatch(t -> t.head() == verb && t.deprel().startsWith("nsubj"));
    }

    /** Endings of French past participles ("prévue", "attribués", "conduit", "ouverte"). */
    private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(".*(é|u|i|is|it|ert)(e?s?)");

    /** Relations that keep a word inside the noun phrase of its head. */
    private static final java.util.Set<String> IN_PHRASE = java.util.Set.of("nmod", "appos", "flat:name", "flat", "amod",
            "compound", "nummod");

    /**
     * The noun a bare past participle {@code c} qualifies when the parser made it a conjunct of the verb: the participle
     * follows a comma that closes a noun phrase, and has no auxiliary, subject or object of its own; else null.
     */
    private static Token detachedParticiple(List<Token> ts, Token c) {
        if (!c.deprel().equals("conj") || !"VERB".equals(c.pos()) || c.index() < 3 || c.head() > c.index()) return null;
        if (!PARTICIPLE.matcher(c.word().toLowerCase()).matches()) return null;
        Token comma = ts.get(c.index() - 1);
        if (!comma.word().equals(",")) return null;
        for (Token t : ts) {
            if (t.head() == c.index() && (t.deprel().startsWith("aux") || t.deprel().startsWith("nsubj")
                    || t.deprel().equals("obj") || t.deprel().equals("cop"))) return null;
        }
        Token n = ts.get(c.index() - 2);
        if (!"NOUN".equals(n.pos()) && !"PROPN".equals(n.pos())) return null;
        while (IN_PHRASE.contains(n.deprel()) && n.head() >= 0 && n.head() < n.index()
                && ("NOUN".equals(ts.get(n.head()).pos()) || "PROPN".equals(ts.get(n.head()).pos()))) {
            n = ts.get(n.head());
        }
        // the noun must lie inside the clause the participle was hung on
        return n.isCommonNoun() && n.head() >= 0 ? n : null;
    }

    private static boolean hasAux(List<Token> ts, int i) {
        return ts.stream().anyMatch(t -> t.head() == i && t.deprel().startsWith("aux"));
    }

    private static boolean inTimex(Token t, List<Timex> xs) {
        for (Timex x : xs) if (x.start() <= t.start() && t.end() <= x.end()) return true;
        return false;
    }

    /** The token with another tag, head and relation (a repaired reading). */
    static Token with(Token t, String pos, int head, String deprel) {
        return new Token(t.index(), t.start(), t.end(), t.word(), pos, t.ner(), head, deprel);
    }
}
