package org.diurna.events.internal;

import org.diurna.morph.Tense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diurna.data.Keys;
import org.diurna.events.Conjugator;
import org.diurna.events.Predicate;
import org.diurna.model.Actor;
import org.diurna.model.Event;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Place;
import org.diurna.model.Span;
import org.diurna.model.Token;

/**
 * Turns a matched predicate and its arguments into event mentions: one per source × target pair (a coordinated
 * subject of a reciprocal predicate gives one event between its members), dated, qualified and attributed.
 */
public final class EventBuilder {
    private final Tree tree;
    private final Factuality factuality;
    private final Dating dating;
    private final Attribution attribution;
    private final Phrases phrases;
    private final String text;
    private final LocalDate published;
    private final org.diurna.actors.SurfaceNames names;
    private final LocalDate narrative;
    private final LocalDate previous;
    private final Commitment commitment;

    /**
     * @param narrative the day the paragraph's story is told on (its last explicit date of the past week), or null:
     *                  a past-tense clause without a date of its own happened then
     * @param previous  the last past day the sentence before names (in the same paragraph), or null: a clause in the
     *                  narrative present that says "alors" happened then
     */
    public EventBuilder(Tree tree, Factuality factuality, Dating dating, Attribution attribution, Phrases phrases,
                        String text, LocalDate published, org.diurna.actors.SurfaceNames names, LocalDate narrative,
                        LocalDate previous) {
        this.names = names;
        this.narrative = narrative;
        this.previous = previous;
        this.tree = tree;
        this.commitment = new Commitment(tree, tree.lexicon());
        this.factuality = factuality;
        this.dating = dating;
        this.attribution = attribution;
        this.phrases = phrases;
        this.text = text;
        this.published = published;
    }

    public List<Event> build(Token p, Predicate pred, Tense tense, Arg src, Arg tgt) {
        return build(p, p, pred, tense, src, tgt);
    }

    /** As {@link #build(Token, Predicate, Tense, Arg, Arg)}, dated by {@code when} (a saying's verb). */
    public List<Event> build(Token p, Token whenWord, Predicate pred, Tense tense, Arg src, Arg tgt) {
        List<Actor[]> pairs = pairs(pred, src, tgt);
        if (pairs.isEmpty() && pred.symmetric() && tgt.empty() && src.actors().size() == 1 && tree.reflexive(p)
                && tree.pluralSubject(p)) {
            // "les rebelles syriens s'affrontent": a reciprocal verb with one plural actor is fighting among itself
            pairs = new ArrayList<>();
            pairs.add(new Actor[] {src.actors().get(0), src.actors().get(0)});
        }
        if (pairs.isEmpty() && pred.isNoun() && src.empty() && tgt.empty()) {
            // "la tenue d'une rencontre": a passing mention of an event told elsewhere; the merger joins it to that
            // event or drops it
            pairs = new ArrayList<>();
            pairs.add(new Actor[] {null, null});
        }
        tense = effectiveTense(p, tense);
        List<Event> out = new ArrayList<>();
        String fact = factuality.of(p, pred, tense);
        Dating.When when = dating.of(whenWord, published);
        if ("ongoing".equals(when.precision()) && (tense == Tense.FUTURE || "planned".equals(fact))) {
            // "la première depuis plus de trois ans" says nothing of when the coming summit happens
            when = new Dating.When(published == null ? null : published.toString(),
                    published == null ? "unresolved" : "publication", null, true);
        }
        if ("publication".equals(when.precision()) && narrative != null && !pred.isNoun() && past(p, tense)) {
            // "Le vendredi 2 mars, deux attaques ont visé… Des assaillants ont attaqué l'ambassade": the story's day
            when = new Dating.When(narrative.toString(), "day", null, true);
        }
        if ("publication".equals(when.precision()) && previous != null && !pred.isNoun() && tense == Tense.PRESENT
                && then(p)) {
            // "Le 24 août, l'armée turque intervient… Les soldats pénètrent alors dans la ville": the day just told
            when = new Dating.When(previous.toString(), "day", null, true);
        }
        if ("publication".equals(when.precision()) && !pred.isNoun() && pluperfect(p)) {
            // "cette décision avait été très critiquée": the pluperfect tells what came before the story, not what
            // happened on the day it was published; right after a sentence that names its day ("L'assaillant a été
            // abattu hier. Il avait lancé sa voiture sur la foule"), it tells what led to it that day
            when = previous != null ? new Dating.When(previous.toString(), "day", null, true)
                    : new Dating.When(null, null, null, true);
        }
        String date = when.date();
        String precision = when.precision();
        boolean since = when.timex() != null && when.timex().text().toLowerCase().startsWith("depuis");
        boolean ownDated = when.timex() != null && !when.inherited();
        if (pred.habitual() && tense == Tense.PRESENT && (when.timex() == null || since)
                && fact.equals("asserted")) {
            fact = "habitual";
        }
        if ("ongoing".equals(when.precision()) && !when.inherited() && tense == Tense.PRESENT
                && "DURATION".equals(when.timex().type()) && fact.equals("asserted")) {
            // "le régime est assiégé depuis près de deux ans": a state that has lasted, not an event of the day
            fact = "habitual";
        }
        // "les séparatistes soutenus par Moscou": a participle of support by a government is a standing relation,
        // where support by armed forces in an operation ("appuyées par l'artillerie") is an event of its clause
        if (pred.habitual() && tense == Tense.PARTICIPLE && tree.adjectivalParticiple(p) && !ownDated
                && fact.equals("asserted") && !src.empty() && !"MIL".equals(src.actors().get(0).sector())) {
            fact = "habitual";
        }
        if ("recurring".equals(when.precision())) {
            if (fact.equals("asserted")) fact = "habitual";
            date = null;
            precision = null;
        }
        // a standing relation has no day; what did not happen, or may happen, has only the date its text gives
        if (fact.equals("habitual") || (!ownDated && (fact.equals("negated") || fact.equals("hypothetical")))) {
            date = null;
            precision = null;
        }
        if (fact.equals("asserted") && date != null && published != null && date.length() == 10
                && date.compareTo(published.toString()) > 0) {
            fact = "planned";
        }
        String baseMode = mode(p, pred);
        // a state fights and trains through its armed forces ("une frappe aérienne américaine", "joint exercises"); a
        // country that tests, deploys or mobilises is its government deciding it ("la Corée du Nord a procédé à un tir
        // de missile", "Madrid a mobilisé la police": GOLD-GUIDE's actor_when_agent)
        boolean armed = pred.plover().equals("ASSAULT") || (baseMode != null && baseMode.contains("military"));
        boolean exercise = baseMode != null && baseMode.contains("military exercise");
        if (pairs.size() == 1 && pairs.get(0)[0] == null && pairs.get(0)[1] != null
                && (pred.plover().equals("COERCE") || pred.plover().equals("SANCTION"))
                && (tree.passive(p) || tree.adjectivalParticiple(p))) {
            // "cinq ONG ont été radiées", "l'accès a été bloqué en Turquie": the state's authorities did it
            Actor authority = authority(p, pred, tgt);
            if (authority != null) pairs = List.<Actor[]>of(new Actor[] {authority, pairs.get(0)[1]});
        }
        for (Actor[] st : pairs) {
            Actor s = armed ? military(st[0]) : st[0];
            Actor t = exercise ? military(st[1]) : st[1];
            String plover = pred.plover();
            String mode = baseMode;
            String cameo = pred.cameo();
            if (pred.mil() != null && s != null && "MIL".equals(s.sector())) {
                String[] v = pred.mil().split(":");
                plover = v[0];
                mode = v[1].isEmpty() ? mode : v[1];
                cameo = v[2];
            }
            if (plover.equals("MOBILIZE") && s != null && "CVL".equals(s.sector())) {
                // civilians gathering in force ("des manifestants se sont massés") demonstrate
                plover = "PROTEST";
                mode = "demonstrate";
                cameo = "14";
            }
            if (plover.equals("ASSAULT") && unnamedPeople(s) && t != null && t.sector() != null
                    && (!"CVL".equals(t.sector())
                    || tree.lexicon().nounClass("bystanders").contains(org.diurna.data.Keys.key(t.name())))) {
                // "des hommes ont ouvert le feu sur la foule", "un homme a poignardé un policier": who attacks a crowd
                // or an agent of the state is an attacker the text does not identify, not a private quarrel
                s = null;
            }
            if (!admissible(plover, s, t)) {
                if (Trace.ON) Trace.log(p.word(), plover + " inadmissible " + s + " -> " + t);
                continue;
            }
            Span ev = evidence(p, src.span(), tgt.span(), when);
            out.add(new Event(null, plover, mode, cameo, participant(s, src.span()), participant(t, tgt.span()),
                    pred.symmetric() && src.actors().size() > 1 && tgt.empty(), date, precision, place(p, tgt),
                    fact, attribution.of(p, s, t), ev, ev.of(text), List.of(ev), pred.id() + "@" + p.word()));
            Commitment.Stated stated = fact.equals("asserted") || s == null ? null : commitment.of(p, plover);
            if (stated != null) {
                // "Turkey will allow the refugees to return": saying so is today's AGREE (commitments.tsv)
                // the pledge is made by the state, not by its army ("l'Iran a menacé d'attaquer Israël"), on the
                // day the text gives it when that day is past ("a promis mardi de soutenir"), else on publication
                boolean past = date != null && published != null && date.length() == 10
                        && date.compareTo(published.toString()) <= 0;
                out.add(new Event(null, stated.plover(), null, stated.cameo(),
                        participant(armed && s != null ? st[0] : s, src.span()), participant(t, tgt.span()), false,
                        past ? date : published == null ? null : published.toString(),
                        past ? precision : published == null ? "unresolved" : "publication", place(p, tgt), "asserted",
                        attribution.of(p, s, t), ev, ev.of(text), List.of(ev),
                        pred.id() + "@" + p.word() + "#commitment"));
            }
        }
        return out;
    }

    /** People named by a bare common noun ("des hommes", "un individu"): no actor the text identifies. */
    private static boolean unnamedPeople(Actor a) {
        return a != null && a.id() == null && "CVL".equals(a.sector()) && a.role() == null
                && !a.name().contains(" ");
    }

    /** Who may do something to no one in particular: a political actor (a crowd only protests or gathers). */
    private static final java.util.Set<String> ALONE = java.util.Set.of("GOV", "MIL", "IGO", "REB", "OPP", "JUD",
            "LEG", "COP", "PTY", "NGO");

    /**
     * An event without a target needs a source that acts politically: "les États-Unis ont demandé le respect d'un
     * cessez-le-feu" is a demand, "des milliers de personnes se réunissent" is no consultation.
     */
    private static boolean admissible(String plover, Actor s, Actor t) {
        // an event between nobody in particular tells an analyst nothing
        if (!coded(s) && !coded(t)) return false;
        // crime between private people is no political event (GOLD-GUIDE): civilians harming civilians
        if ((plover.equals("ASSAULT") || plover.equals("COERCE")) && s != null && "CVL".equals(s.sector())
                && (t == null || "CVL".equals(t.sector()) || t.sector() == null)) {
            return false;
        }
        // people travelling or meeting are no consultation between political actors
        if (plover.equals("CONSULT") && s != null && "CVL".equals(s.sector())) return false;
        // private people helping, suing or thanking private people ("ont ouvert une cagnotte pour les sinistrés") are
        // no political event; an unnamed attacker or arrester still is ("ont été tués", "a été arrêté")
        boolean unnamedForce = !coded(s) && (plover.equals("ASSAULT") || plover.equals("COERCE"));
        // protesters calling off their protest ("ont suspendu leur mobilisation") concede to the state
        if (!political(s) && !political(t) && !unnamedForce && !plover.equals("PROTEST") && !plover.equals("CONCEDE")) {
            return false;
        }
        if (t != null || s == null) return true;
        if (plover.equals("PROTEST") || plover.equals("CONCEDE") && "CVL".equals(s.sector())) return true;
        return s.sector() != null && ALONE.contains(s.sector());
    }

    /** An actor with a sector other than civilians: a state body, an armed or political group, an IGO, a medium. */
    private static boolean political(Actor a) {
        return a != null && a.sector() != null && !"CVL".equals(a.sector());
    }

    /**
     * A verb in the story's past: passé composé (a participle with its auxiliary in the present) or passé simple, or
     * a participle or infinitive hanging on such a verb ("ont riposté, abattant les assaillants"). The pluperfect
     * ("avaient repris") tells what came before the story, not its day.
     */
    /** The clause (or the clause it is coordinated with) says "alors": at that time. */
    private boolean then(Token p) {
        Token clause = p.deprel().equals("conj") && tree.head(p) != null ? tree.head(p) : p;
        for (Token x : List.of(p, clause)) {
            for (Token c : tree.children(x)) {
                if (c.deprel().equals("advmod") && THEN_WORDS.contains(org.diurna.data.Keys.key(c.word()))) return true;
            }
        }
        return false;
    }

    /** Adverbs that place a clause at the time just told ({@code time/then-words.tsv}). */
    private static final java.util.Set<String> THEN_WORDS = org.diurna.data.Tsv.read(EventBuilder.class,
            "/org/diurna/time/then-words.tsv", "word", "lang").stream()
            .map(r -> org.diurna.data.Keys.key(r.get("word"))).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A compound tense whose auxiliary is in the imperfect ("avait critiqué", "avaient été tués"). */
    private boolean pluperfect(Token p) {
        for (Token c : tree.children(p)) {
            if (c.deprel().startsWith("aux") && tree.lexicon().tense(c.word()) == Tense.IMPERFECT) return true;
        }
        // "Il avait lancé sa voiture sur la foule et poignardé un policier": a participle coordinated without an
        // auxiliary of its own shares the first one's
        Token h = tree.head(p);
        if (p.deprel().equals("conj") && h != null && h.isVerbal()
                && tree.children(p).stream().noneMatch(c -> c.deprel().startsWith("aux"))) {
            for (Token c : tree.children(h)) {
                if (c.deprel().startsWith("aux") && tree.lexicon().tense(c.word()) == Tense.IMPERFECT) return true;
            }
        }
        return false;
    }

    private boolean past(Token p, Tense tense) {
        if (tense == Tense.SIMPLE_PAST) return true;
        boolean aux = false;
        for (Token c : tree.children(p)) {
            if (!c.deprel().startsWith("aux")) continue;
            aux = true;
            if (tree.lexicon().tense(c.word()) == Tense.IMPERFECT) return false;
        }
        if (tense == Tense.PARTICIPLE && aux) return true;
        Token h = tree.head(p);
        if (h != null && h.isVerbal() && (p.deprel().equals("advcl") || p.deprel().equals("xcomp")
                || p.deprel().equals("conj"))) {
            return past(h, tree.lexicon().tense(h.word()));
        }
        return false;
    }

    private static boolean coded(Actor a) {
        return a != null && (a.country() != null || a.sector() != null);
    }

    /**
     * The authority behind an agentless act of coercion: the police for an arrest, the government otherwise, of the
     * country where it happened (a place complement), of the state acting on those a participle qualifies, or, failing
     * that, of the target's country.
     */
    private static final java.util.Set<String> STATE = java.util.Set.of("GOV", "MIL", "COP", "JUD");

    private Actor authority(Token p, Predicate pred, Arg tgt) {
        String country = null;
        for (Token c : tree.complements(p, 1)) {
            Mention m = phrases.placeIn(c);
            if (m != null && m.place() != null && m.place().country() != null) country = m.place().country();
        }
        // "L'Iran a libéré deux Français détenus depuis 2022": who holds the people a participle qualifies is the
        // state that acts on them in the clause above
        if (country == null && tree.adjectivalParticiple(p) && tree.head(p) != null) {
            Token holder = tree.head(tree.head(p));
            for (Token c : holder == null || !holder.isVerbal() ? List.<Token>of() : tree.children(holder)) {
                Arg above = c.deprel().equals("nsubj") ? phrases.of(c) : Arg.NONE;
                Actor a = above.empty() ? null : above.actors().get(0);
                if (a != null && a.country() != null && STATE.contains(a.sector())) country = a.country();
            }
        }
        Actor t = tgt.empty() ? null : tgt.actors().get(0);
        if (country == null && t != null) country = t.country();
        if (country == null) return null;
        String sector = "arrest".equals(pred.mode()) ? "COP" : "GOV";
        return new Actor(null, "authorities", country, sector, null);
    }

    /** The armed forces of a state named as a whole; any other actor unchanged. */
    private static Actor military(Actor a) {
        if (a == null || a.id() == null || !a.id().startsWith("country:") || !"GOV".equals(a.sector())) return a;
        return new Actor(a.id() + ":MIL", a.name(), a.country(), "MIL", null);
    }

    /** "est soutenu": a present passive is in the present tense, whatever its participle. */
    private Tense effectiveTense(Token p, Tense tense) {
        if (tense != Tense.PARTICIPLE) return tense;
        for (Token c : tree.children(p)) {
            String w = c.word().toLowerCase();
            if (c.deprel().startsWith("aux") && (w.equals("est") || w.equals("sont"))) return Tense.PRESENT;
        }
        return tense;
    }

    /** Source × target pairs; a plural subject of a reciprocal predicate without target pairs its members. */
    private static List<Actor[]> pairs(Predicate pred, Arg src, Arg tgt) {
        List<Actor[]> out = new ArrayList<>();
        if (src.empty() && !pred.sourceOptional()) return out;
        if (tgt.empty() && src.actors().size() >= 2 && pred.symmetric()) {
            out.add(new Actor[] {src.actors().get(0), src.actors().get(1)});
            return out;
        }
        if (tgt.empty() && !pred.targetOptional()) return out;
        if (pred.symmetric() && src.actors().size() == 2 && src.actors().equals(tgt.actors())) {
            // "des heurts entre l'armée indienne et l'armée chinoise": one event between the two, not one each way
            out.add(new Actor[] {src.actors().get(0), src.actors().get(1)});
            return out;
        }
        List<Actor> ss = src.empty() ? java.util.Collections.singletonList(null) : src.actors();
        List<Actor> ts = tgt.empty() ? java.util.Collections.singletonList(null) : tgt.actors();
        if (ts.size() > 1 && ss.size() == 1 && ss.get(0) != null) {
            // "l'annulation du sommet entre les États-Unis et la Corée du Nord" by Trump: the other party
            Actor s0 = ss.get(0);
            List<Actor> others = ts.stream().filter(t -> !(java.util.Objects.equals(t.country(), s0.country())
                    && java.util.Objects.equals(t.sector(), s0.sector()))).toList();
            if (!others.isEmpty()) ts = others;
        }
        for (Actor s : ss) {
            for (Actor t : ts) {
                if (s != null && t != null && (s.sameAs(t) || s.equals(t))) continue;
                out.add(new Actor[] {s, t});
            }
        }
        return out;
    }

    private String mode(Token p, Predicate pred) {
        for (Token c : tree.children(p)) {
            String m = pred.modeIf().get(Keys.key(c.word()));
            if (m != null) return m;
        }
        return pred.mode();
    }

    private Participant participant(Actor a, Span where) {
        if (a == null) return null;
        Span w = where == null ? new Span(0, 0) : where;
        return Participant.named(a, w, names.of(a, w.of(text)));
    }

    private Place place(Token p, Arg tgt) {
        if (tgt.place() != null) return tgt.place();
        for (Token c : tree.complements(p, 2)) {
            Mention m = phrases.placeIn(c);
            if (m != null && m.place() != null) return m.place();
        }
        return null;
    }

    /** From the first to the last of the predicate, its arguments and its own date, within the sentence. */
    private Span evidence(Token p, Span a, Span b, Dating.When when) {
        int start = p.start();
        int end = p.end();
        for (Span s : new Span[] {a, b, when.timex() == null ? null : when.timex().span()}) {
            if (s == null || s.length() == 0 || s.start() < tree.sentence().start() || s.end() > tree.sentence().end()) {
                continue;
            }
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        for (Token c : tree.children(p)) {
            if (c.deprel().startsWith("aux") || c.deprel().equals("advmod") && c.end() <= p.start()) {
                start = Math.min(start, c.start());
            }
        }
        return new Span(start, end);
    }

}
