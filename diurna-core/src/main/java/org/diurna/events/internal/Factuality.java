package org.diurna.events.internal;

import org.diurna.morph.Tense;
import java.util.List;
import org.diurna.events.Conjugator;
import org.diurna.events.Lexicon;
import org.diurna.events.Predicate;
import org.diurna.model.Token;

/**
 * Decides whether an event is asserted, negated, planned, hypothetical, reported or habitual, from the predicate's
 * tense and the cues of factuality-fr.tsv. An event noun is presupposed to have happened ("pendant la conversation")
 * unless it carries its own cue ("la prochaine visite") or its verb is in the future or conditional.
 */
public final class Factuality {
    private static final List<String> ORDER = List.of("negated", "hypothetical", "planned", "reported");
    private final Tree tree;
    private final Lexicon lexicon;

    public Factuality(Tree tree, Lexicon lexicon) {
        this.tree = tree;
        this.lexicon = lexicon;
    }

    /** Factuality before dating; "habitual" is decided later, once it is known whether the event has a date. */
    public String of(Token p, Predicate pred, Tense tense) {
        if (pred.factuality() != null) return pred.factuality();
        String best = null;
        if (pred.isNoun()) {
            boolean ownPlan = false;
            for (Token c : tree.children(p)) {
                String cue = cue(c, "mod");
                best = stronger(best, cue);
                // "la visite, prévue le 27 janvier": the noun's own participle says it is planned
                if (c.deprel().startsWith("acl") && "planned".equals(cue)) ownPlan = true;
            }
            // "de nouvelles actions ainsi qu'une manifestation ont été prévues": a conjunct shares its first's verb
            Token first = p;
            while (first.deprel().equals("conj") && tree.head(first) != null && tree.head(first).isNominal()) {
                first = tree.head(first);
            }
            Token h = tree.head(first);
            // "la cessation du dialogue avec l'ONUB", "la suspension des négociations": talks that end are not held
            if (h != null && h.isCommonNoun() && first.deprel().equals("nmod") && "negated".equals(cue(h, "halt"))) {
                return "negated";
            }
            // "une manifestation est prévue mardi", "a prévu une visite": what is planned has not happened yet
            if (h != null && h.isVerbal() && (first.deprel().equals("obj") || first.deprel().equals("nsubj:pass"))
                    && "planned".equals(cue(h, "gov"))) {
                best = stronger(best, "planned");
            }
            // "des négociations doivent reprendre la semaine prochaine": the noun is the subject of a modal whose
            // infinitive tells what it will do
            if (h != null && h.isVerbal() && first.deprel().equals("nsubj") && tree.child(h, "xcomp") != null
                    && "planned".equals(cue(h, "gov"))) {
                best = stronger(best, "planned");
            }
            // "a démenti tout soutien aux rebelles", "un attentat a été déjoué": what is denied, refused or foiled
            // did not happen
            if (h != null && h.isVerbal() && (first.deprel().equals("obj") || first.deprel().equals("nsubj:pass"))
                    && "negated".equals(cue(h, "gov"))) {
                return "negated";
            }
            // "a demandé à l'ONU le déploiement d'une force": what is asked for has not happened
            if (h != null && h.isVerbal() && first.deprel().equals("obj") && "hypothetical".equals(cue(h, "gov"))
                    && !lexicon.isReporting(h.word())) {
                best = stronger(best, "hypothetical");
            }
            if (h != null && h.isVerbal()) {
                Tense t = lexicon.tense(h.word());
                best = stronger(best, fromTense(t != null ? t : guess(h)));
                // English marks tense and mood on auxiliaries: "will hold talks", "did not hold talks", "if ... drills"
                for (Token c : tree.children(h)) {
                    if (c.deprel().startsWith("aux")) best = stronger(best, cue(c, "aux"));
                    if (c.deprel().equals("advmod")) best = stronger(best, cue(c, "neg"));
                    if (c.deprel().equals("mark")) best = stronger(best, cue(c, "mark"));
                }
                // "devrait joindre l'accord", "veut lancer une offensive": the verb governing the noun's verb
                Token g = tree.head(h);
                if (g != null && infinitival(h) && (h.deprel().equals("xcomp") || h.deprel().equals("ccomp"))) {
                    best = stronger(best, cue(g, "gov"));
                    Tense gt = lexicon.tense(g.word());
                    best = stronger(best, fromTense(gt != null ? gt : guess(g)));
                }
            }
            // what the sentence around only may do ("devrait être signé lors de la visite prévue le 27") leaves a
            // visit planned for its day still planned
            if (ownPlan && "hypothetical".equals(best)) return "planned";
            return best == null ? "asserted" : best;
        }
        best = fromTense(tense != null ? tense : guess(p));
        boolean habitual = false;
        for (Token c : tree.children(p)) {
            if (c.deprel().equals("advmod")) best = stronger(best, cue(c, "neg"));
            if (c.deprel().equals("advmod") && "habitual".equals(cue(c, "freq"))) habitual = true;
            if (c.deprel().startsWith("aux")) best = stronger(best, cue(c, "aux"));
            if (c.deprel().equals("mark")) best = stronger(best, cue(c, "mark"));
        }
        Token h = tree.head(p);
        String r = p.deprel();
        if (h != null && r.equals("acl") && h.isNominal() && h.deprel().equals("obj") && tree.head(h) != null) {
            // "a appelé le président à démissionner": the parser hangs the infinitive on the object; the verb above
            // the object governs it
            h = tree.head(h);
        }
        if (h != null && infinitival(p) && (r.equals("xcomp") || r.equals("ccomp") || r.equals("acl")
                || r.equals("obj") || r.equals("dep") && "VBG".equals(p.pos()))) {
            best = stronger(best, cue(h, "gov"));
            // "a promis de soutenir", "s'est dite prête à coopérer": a pledged act has not happened yet (its
            // pledge is the event of the day: Commitment); "pledged" cues, which English does not list (PETRARCH
            // codes "pledged to expel" as the expulsion)
            if (r.equals("xcomp")) {
                best = stronger(best, cue(h, "pledged"));
                best = stronger(best, Commitment.cueBeside(h, p, "pledged", tree, lexicon));
            }
            for (Token c : tree.children(h)) {
                if (c.deprel().equals("advmod") && r.equals("xcomp")) best = stronger(best, cue(c, "neg"));
                // "il aurait dû démissionner", "elle aurait pu frapper la France": the governor's mood is the act's
                // (a future one is left alone: PETRARCH-2 codes "will meet to discuss" as the discussion)
                String mood = c.deprel().startsWith("aux") && r.equals("xcomp") ? cue(c, "aux") : null;
                if (mood != null && !mood.equals("planned")) best = stronger(best, mood);
                if (c.deprel().equals("mark")) best = stronger(best, cue(c, "mark"));
            }
        }
        return best != null ? best : habitual ? "habitual" : "asserted";
    }

    /**
     * The tense of a verb the lexicon does not know, from its ending: only the endings that cannot be anything else
     * ("prendraient", "lanceront").
     */
    static Tense guess(Token t) {
        // French only (universal tags): English tenses are periphrastic ("will", "would"), cued by factuality-en.tsv
        if (!"VERB".equals(t.pos()) && !"AUX".equals(t.pos())) return null;
        String w = t.word().toLowerCase();
        if (w.length() > 5 && (w.endsWith("raient") || w.endsWith("rait") || w.endsWith("rions") || w.endsWith("riez"))) {
            return Tense.CONDITIONAL;
        }
        if (w.length() > 5 && (w.endsWith("ront") || w.endsWith("rons"))) return Tense.FUTURE;
        return null;
    }

    /** An infinitive ("va frapper") or an infinitive passive ("doit être reçu"): governed by a modal-like verb. */
    private boolean infinitival(Token p) {
        String w = p.word().toLowerCase();
        // English: a bare or -ing verb ("plans to visit", "denied sending")
        if ("VB".equals(p.pos()) || "VBG".equals(p.pos())) return true;
        if (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re") || w.endsWith("oir")) return true;
        for (Token c : tree.children(p)) {
            String a = c.word().toLowerCase();
            if (c.deprel().startsWith("aux") && (a.equals("être") || a.equals("avoir"))) return true;
        }
        return false;
    }

    private String cue(Token t, String kind) {
        return lexicon.cue(t.word(), kind);
    }

    private static String fromTense(Tense t) {
        if (t == Tense.FUTURE) return "planned";
        if (t == Tense.CONDITIONAL) return "hypothetical";
        return null;
    }

    static String stronger(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
    }
}
