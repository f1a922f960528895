package org.diurna.figures;

import java.util.ArrayList;
import java.util.List;
import org.diurna.figures.FigureLexicon.Found;
import org.diurna.figures.NumberReader.Phrase;
import org.diurna.figures.Words.Word;
import org.diurna.model.Figure;
import org.diurna.model.Sentence;
import org.diurna.model.Span;

/**
 * Finds reported numbers about people (deaths, wounded, displaced, arrested, ...) with their qualifier, in French and
 * English. A number counts something only when a word of {@code units-xx.tsv} says what: a noun after it ("plus de
 * 2.000 blessés"), a participle after the people it counts ("vingt personnes ont été tuées"), a noun or verb before it
 * ("l'exode d'un tiers des habitants", "tuant 12 civils"). So years, dates, ages, money, votes and
 * ordinals are not figures: no such word follows them (and "en 2011", "52 %", "2e" are ruled out explicitly).
 *
 * <p>The rules read surface words of each sentence; the dependency parse, when the sentences carry one, only adds the
 * link from counted people to a participle too far for the rules ("vingt personnes, dont cinq enfants, ont été
 * tuées"). The evidence covers qualifier, number and unit words. {@code place} is left null for the caller to fill.
 * The same figure told twice is returned twice. Thread-safe.
 */
public final class FigureExtractor {
    /** The figures of the sentences of {@code text}, in text order; none for a language other than "fr" or "en". */
    public List<Figure> extract(String text, List<Sentence> sentences, String language) {
        FigureLexicon lx = FigureLexicon.of(language);
        List<Figure> out = new ArrayList<>();
        if (lx == null) return out;
        List<Sentence> ss = sentences.isEmpty() ? List.of(new Sentence(0, 0, text.length(), List.of())) : sentences;
        for (Sentence s : ss) {
            List<Word> w = Words.split(text, s.start(), s.end(), language);
            for (int i = 0; i < w.size(); ) {
                Phrase p = NumberReader.read(w, i, lx);
                if (p == null) { i++; continue; }
                Figure f = figure(text, s, w, p, lx);
                if (f != null) out.add(f);
                i = p.to();
            }
        }
        return out;
    }

    private static Figure figure(String text, Sentence s, List<Word> w, Phrase p, FigureLexicon lx) {
        if (lx.percentAt(w, p.to()) || p.yearLike() && p.from() > 0 && lx.yearPrep(w.get(p.from() - 1))) return null;
        int k = p.to();
        if (p.takesDe() && k < w.size() && isDe(w.get(k))) k++;
        int noun;
        if (p.share()) {
            while (k < w.size() - 1 && k < p.to() + 4 && lx.has(w.get(k), "link")) k++;
            if (k >= w.size() || !lx.has(w.get(k), "population")) return null;
            noun = k;
        } else {
            if (k < w.size() - 1 && lx.has(w.get(k), "pre")) k++;
            if (k >= w.size() || !lx.has(w.get(k), "count") && !lx.has(w.get(k), "group")) return null;
            noun = k;
        }
        Found q = lx.before(w, p.from());
        int start = q != null ? q.from() : p.from(), from, end = w.get(noun).end();
        String unit = null;
        int g = start - 1 >= 1 && isDe(w.get(start - 1)) ? start - 2 : start - 1;
        if (g >= 0 && lx.has(w.get(g), "gov")) {
            unit = lx.unit(w.get(g).norm(), "gov");
            start = g;
        }
        from = w.get(start).start();
        String own = lx.unit(w.get(noun).norm(), "count");
        if (unit == null && own == null) { // who was counted: what happened to them?
            Span pred = predicate(w, noun + 1, lx);
            if (pred == null) pred = Dependencies.predicate(s, w.get(noun).start(), p.from(), p.to(), w, lx);
            if (pred != null) {
                unit = lx.unit(Words.norm(pred.of(text)), "pred");
                from = Math.min(from, pred.start());
                end = Math.max(end, pred.end());
            } else if (!p.share() && p.value() >= lx.min(w.get(noun))) {
                unit = lx.unit(w.get(noun).norm(), "group");
            }
        }
        if (unit == null) unit = own;
        if (unit == null || unit.equals("-")) return null;
        String qualifier = q != null ? q.qualifier() : p.implied();
        if (qualifier == null) {
            Found post = lx.after(w, noun + 1);
            qualifier = post == null ? "exact" : post.qualifier();
            if (post != null) end = Math.max(end, w.get(post.to() - 1).end());
        }
        Span ev = new Span(from, end);
        return new Figure(p.value(), qualifier, p.share() ? "share of population " + unit : unit, null, ev, ev.of(text));
    }

    /** The participle a few words after the counted people ("ont été tuées"), or null. */
    private static Span predicate(List<Word> w, int from, FigureLexicon lx) {
        for (int j = from; j < w.size() && j < from + 5; j++) {
            Word x = w.get(j);
            if (lx.has(x, "pred")) return new Span(x.start(), x.end());
            if (!x.isWord() || lx.has(x, "stop")) return null;
        }
        return null;
    }

    private static boolean isDe(Word x) {
        return x.norm().equals("de") || x.norm().equals("of");
    }
}
