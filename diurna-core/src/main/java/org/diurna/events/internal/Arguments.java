package org.diurna.events.internal;

import java.util.List;
import org.diurna.actors.ActorDictionary;
import org.diurna.data.Keys;
import org.diurna.events.Lexicon;
import org.diurna.model.Actor;
import org.diurna.model.Mention;
import org.diurna.model.Span;
import org.diurna.model.Token;

/**
 * Fills a predicate's argument slots (see predicates-fr.tsv) from the dependency parse. Slots are logical roles:
 * "subj" is the agent whether the verb is active or passive, "obj" the patient.
 */
public final class Arguments {
    private static final int MAX_CLIMB = 3;
    /** Subject clitics after the verb: "a-t-il affirmé", "déclare-t-elle". */
    private static final java.util.regex.Pattern INVERTED = java.util.regex.Pattern.compile("-(t-)?(il|elle|ils|elles|on)");
    private final Tree tree;
    private final Phrases phrases;
    private final Lexicon lexicon;
    private final ActorDictionary dict;

    public Arguments(Tree tree, Phrases phrases, Lexicon lexicon, ActorDictionary dict) {
        this.tree = tree;
        this.phrases = phrases;
        this.lexicon = lexicon;
        this.dict = dict;
    }

    /** The first slot of {@code slots} that yields actors, or {@link Arg#NONE}. */
    public Arg fill(Token p, List<String> slots, String plover) {
        for (String slot : slots) {
            Arg a = slot(p, slot, plover);
            if (!a.empty()) return a;
        }
        return Arg.NONE;
    }

    private Arg slot(Token p, String slot, String plover) {
        if (slot.startsWith("obl:")) return prepositional(p, Keys.key(slot.substring(4)));
        return switch (slot) {
            case "subj" -> subject(p, 0);
            case "obj" -> object(p);
            case "entre" -> prepositional(p, "entre");
            case "govsubj" -> governorSubject(p);
            case "place" -> place(p, true, plover);
            case "placec" -> place(p, false, plover);
            case "holder" -> holder(p, 4);
            case "agentacl" -> agentOfParticiple(p);
            case "dem" -> demonym(p, plover);
            case "govobj" -> governorObject(p);
            case "ifsubj" -> conditionSubject(p);
            default -> Arg.NONE;
        };
    }

    /** The agent: active subject or passive "par" complement; else, for infinitives and conjuncts, the governor's. */
    public Arg subject(Token p, int climbed) {
        boolean passive = tree.passive(p) || tree.adjectivalParticiple(p);
        if (passive) {
            Token agent = tree.agent(p);
            if (agent != null) return phrases.of(agent);
        } else {
            for (Token c : tree.children(p)) if (c.deprel().equals("nsubj")) return phrases.of(c);
            for (Token c : tree.children(p)) if (INVERTED.matcher(c.word()).matches()) return phrases.of(c);
        }
        Token h = tree.head(p);
        String r = p.deprel();
        if (h != null && !h.isVerbal() && h.deprel().startsWith("obl") && tree.head(h) != null
                && tree.head(h).isVerbal()) {
            // "a annoncé mercredi attendre ...": the parser may hang the infinitive on the date noun
            h = tree.head(h);
        }
        if (!passive && h != null && climbed < MAX_CLIMB && h.isVerbal()
                && (r.equals("xcomp") || r.equals("conj") || r.equals("acl") || r.equals("advcl") || r.equals("ccomp")
                || r.equals("dep") && "VBG".equals(p.pos()))) {
            return subject(h, climbed + 1);
        }
        return Arg.NONE;
    }

    /** The patient: active object, passive subject, or the noun a passive participle modifies. */
    public Arg object(Token p) {
        if (tree.adjectivalParticiple(p)) return phrases.of(tree.head(p));
        if (tree.passive(p)) {
            for (Token c : tree.children(p)) if (c.deprel().startsWith("nsubj")) return phrases.of(c);
            Token h = tree.head(p);
            if (h != null && p.deprel().equals("xcomp")) {
                // "il doit être reçu": the passive subject is the subject of the verb it depends on
                for (Token c : tree.children(h)) if (c.deprel().startsWith("nsubj")) return phrases.of(c);
            }
        }
        Token o = tree.child(p, "obj");
        return o == null ? Arg.NONE : phrases.of(o);
    }

    private Arg prepositional(Token p, String prep) {
        for (Token c : tree.complements(p, 2)) {
            if (!c.deprel().startsWith("obl") && !c.deprel().startsWith("nmod") && !c.deprel().equals("iobj")) continue;
            String k = tree.caseOf(c);
            if (k.equals(prep) || (prep.equals("de") && (k.equals("du") || k.equals("des")))
                    || (prep.equals("a") && (k.equals("au") || k.equals("aux")))) {
                Arg a = phrases.of(c);
                if (!a.empty()) return a;
            }
        }
        return Arg.NONE;
    }

    /**
     * The subject of the verb an event noun depends on ("ont convenu lors d'un entretien", "réaffirme son soutien"). A
     * reporting verb's subject only reports ("la Maison Blanche a confirmé la tenue d'une rencontre") unless the noun is
     * theirs ("son soutien") or the saying happened during it ("a averti lors d'un entretien").
     */
    private Arg governorSubject(Token p) {
        Token h = tree.head(p);
        String r = p.deprel();
        if (h == null || !h.isVerbal() || r.startsWith("nsubj")) return Arg.NONE;
        if (lexicon.isReporting(h.word()) && !possessive(p) && !during(p)) return Arg.NONE;
        return subject(h, 0);
    }

    private boolean possessive(Token p) {
        for (Token c : tree.children(p)) {
            String w = Keys.key(c.word());
            if (c.deprel().equals("nmod:poss")) return true; // English "its support", "Moscow's support"
            if (c.deprel().equals("det") && (w.equals("son") || w.equals("sa") || w.equals("ses") || w.equals("leur")
                    || w.equals("leurs"))) return true;
        }
        return false;
    }

    private boolean during(Token p) {
        String k = tree.caseOf(p);
        return k.equals("lors de") || k.equals("lors d") || k.equals("pendant") || k.equals("durant")
                || k.equals("au cours de") || k.equals("lors") || k.equals("during");
    }

    /** The object of the verb an event noun depends on ("a averti Pékin lors d'un entretien"). */
    private Arg governorObject(Token p) {
        Token h = tree.head(p);
        if (h == null || !h.isVerbal()) return Arg.NONE;
        return object(h);
    }

    /** Who a threat is made against: the subject of its condition ("... si les Etats-Unis poursuivaient"). */
    private Arg conditionSubject(Token p) {
        return conditionBelow(p, 4);
    }

    private Arg conditionBelow(Token t, int depth) {
        if (depth == 0) return Arg.NONE;
        for (Token c : tree.children(t)) {
            if (c.isVerbal() && hasMarkSi(c)) {
                Arg a = subject(c, 0);
                if (!a.empty()) return a;
            }
            if (!c.deprel().equals("punct")) {
                Arg a = conditionBelow(c, depth - 1);
                if (!a.empty()) return a;
            }
        }
        return Arg.NONE;
    }

    private boolean hasMarkSi(Token t) {
        for (Token m : tree.children(t)) {
            String w = Keys.key(m.word());
            if (m.deprel().equals("mark") && (w.equals("si") || w.equals("s'") || w.equals("if"))) return true;
        }
        return false;
    }

    private Arg place(Token p, boolean government, String plover) {
        List<Token> cs = new java.util.ArrayList<>(tree.complements(p, 2));
        if (p.isCommonNoun()) for (Token a : tree.children(p, "acl")) cs.addAll(tree.complements(a, 1));
        for (Token c : cs) {
            if (!c.deprel().startsWith("obl") && !c.deprel().startsWith("nmod") || tree.isAgent(c)) {
                continue;
            }
            Mention m = phrases.placeIn(c);
            if (m == null || m.place() == null) continue;
            String sector = "ASSAULT".equals(plover) && tree.lexicon().isResidential(c.word()) ? "CVL" : null;
            Actor a = government ? Phrases.government(m)
                    : new Actor("place:" + m.place().country() + (sector == null ? "" : ":CVL"), m.place().name(),
                    m.place().country(), sector, null);
            return new Arg(List.of(a), new Span(m.start(), m.end()), m.place());
        }
        return Arg.NONE;
    }

    /** Who holds a place being fought over: "les villages tenus par les rebelles". */
    private Arg holder(Token p, int depth) {
        if (depth == 0) return Arg.NONE;
        for (Token c : tree.children(p)) {
            String w = Keys.key(c.word());
            if ((w.startsWith("control") || w.startsWith("tenu") || w.startsWith("detenu"))
                    && tree.agent(c) != null) {
                Arg a = phrases.of(tree.agent(c));
                if (!a.empty()) return a;
            }
            if (!c.deprel().equals("punct")) {
                Arg a = holder(c, depth - 1);
                if (!a.empty()) return a;
            }
        }
        return Arg.NONE;
    }

    private Arg agentOfParticiple(Token p) {
        for (Token c : tree.children(p, "acl")) {
            Token agent = tree.agent(c);
            if (agent != null) return phrases.of(agent);
        }
        return Arg.NONE;
    }

    /** "les frappes russes": the country of a demonym on the noun; armed actions are the military's. */
    private Arg demonym(Token p, String plover) {
        for (Token c : tree.children(p, "amod")) {
            String iso = dict.demonym(c.word());
            if (iso == null) continue;
            boolean armed = plover.equals("ASSAULT") || plover.equals("MOBILIZE");
            Actor a = new Actor("country:" + iso + (armed ? ":MIL" : ""), iso, iso, armed ? "MIL" : "GOV", null);
            return new Arg(List.of(a), new Span(c.start(), c.end()), null);
        }
        return Arg.NONE;
    }
}
