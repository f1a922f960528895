package org.diurna.events.internal;

import org.diurna.data.Keys;

import java.util.List;
import java.util.Set;
import org.diurna.model.Actor;
import org.diurna.model.Mention;
import org.diurna.model.Span;
import org.diurna.model.Token;

/**
 * Which actors a noun phrase stands for: the mention on its head word (a plural if the head opens a coordination),
 * else the first actor mention inside the phrase. A relative pronoun stands for the noun its clause modifies.
 */
public final class Phrases {
    private static final List<Set<String>> PRIORITY = List.of(Set.of("PLURAL", "PERSON", "ORGANIZATION", "REFERENCE"),
            Set.of("GROUP"), Set.of("LOCATION"));
    private final Tree tree;
    private final List<Mention> mentions;

    private final org.diurna.actors.ActorDictionary dict;

    private static final Set<String> PLACES = Set.of("ville", "villes", "village", "villages", "localite",
            "localites", "quartier", "quartiers", "centre ville", "camp", "camps");
    private String context;

    /**
     * As {@link #Phrases(Tree, List, org.diurna.actors.ActorDictionary)}, knowing the country the article is about:
     * people and civilian places named by a common noun alone ("un muezzin", "la mosquée") are that country's.
     */
    public Phrases(Tree tree, List<Mention> sentenceMentions, org.diurna.actors.ActorDictionary dict, String context) {
        this(tree, sentenceMentions, dict);
        this.context = context;
    }

    /** Sectors of armed or political groups that a text names by a common noun before their name. */
    private static final java.util.Set<String> GROUPS = java.util.Set.of("REB", "OPP", "PTY");

    /**
     * "les islamistes radicaux shebab", "les jihadistes de Boko Haram": a role noun without a country heading the
     * name of the group it stands for is that group, whose country the dictionary knows.
     */
    private Mention namedGroupIn(Mention role, int start, int end) {
        Actor r = role.actor();
        if (r == null || r.id() != null || r.country() != null || r.sector() != null && !GROUPS.contains(r.sector())) {
            return null;
        }
        for (Mention m : mentions) {
            if (m == role || m.start() < start || m.end() > end || !"ORGANIZATION".equals(m.type())) continue;
            Actor a = m.actor();
            if (a != null && a.id() != null && a.sector() != null && GROUPS.contains(a.sector())) return m;
        }
        return null;
    }

    /** The country the article is about, or null. */
    public String context() {
        return context;
    }

    public Phrases(Tree tree, List<Mention> sentenceMentions, org.diurna.actors.ActorDictionary dict) {
        this.tree = tree;
        this.mentions = sentenceMentions;
        this.dict = dict;
    }

    /**
     * The noun a relative pronoun stands for ("les soldats, qui ont attaqué", "Kidal, que les rebelles avaient
     * conquise"): the head of the relative clause it is the subject or object of; any other word is itself.
     */
    public Token antecedent(Token t) {
        String gap = tree.lexicon().relativeFunction(t.word());
        if (gap == null || !(t.deprel().startsWith("nsubj") || t.deprel().equals("obj") && !gap.equals("subject"))) {
            return t;
        }
        Token verb = tree.head(t);
        Token noun = verb != null && verb.deprel().startsWith("acl") ? tree.head(verb) : null;
        return noun == null ? t : noun;
    }

    public Arg of(Token t) {
        if (t == null) return Arg.NONE;
        // "les soldats, qui ont attaqué", "Kidal, que les rebelles avaient conquise": the noun the clause modifies
        Token antecedent = antecedent(t);
        if (antecedent != t) return of(antecedent);
        List<Token> phrase = tree.phrase(t);
        boolean named = t.isCommonNoun() && tree.lexicon().isNameHead(t.word());
        int start = phrase.stream().mapToInt(Token::start).min().orElse(t.start());
        int end = phrase.stream().mapToInt(Token::end).max().orElse(t.end());
        Mention onHead = covering(t);
        Mention plural = firstOf(start, end, "PLURAL");
        if (onHead != null && onHead.type().equals("PLURAL")) return arg(onHead);
        if (onHead != null && !onHead.actors().isEmpty()) {
            if (plural != null && plural.members().get(0).sameAs(onHead.actor())) return arg(plural);
            Mention group = namedGroupIn(onHead, start, end);
            if (group != null) return arg(group);
            return withConjuncts(t, arg(onHead));
        }
        // the mention nearest the head in the tree, a coordination as any name ("Idriss Déby, président du Tchad et
        // de l'Union africaine" is Déby, not the two bodies his title names) ("des milliers d'opposants au président X" are the opponents);
        // at equal depth a name says more than a role noun, which says more than a place
        Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        // a deed as the doer of a clause ("touchée par un attentat à Bagdad"): its place is not who did it
        boolean deed = t.isCommonNoun() && (t.deprel().startsWith("nsubj") || t.deprel().equals("obl:agent"))
                && tree.lexicon().predicates(t.word()).stream().anyMatch(h -> h.tense() == null);
        for (Mention m : mentions) {
            if (m.start() < start || m.end() > end || m.actors().isEmpty()) continue;
            if (named && "LOCATION".equals(m.type())) continue;
            // "un attentat à Bagdad" happened in Baghdad; "une frappe de la Russie" is Russia's
            if (deed && "LOCATION".equals(m.type()) && !ofPhrase(m)) continue;
            int rank = rank(m.type());
            if (rank < 0) continue;
            int depth = depth(m, t);
            // "le titre de Compagnon de l'Ordre du Canada": a place deep inside a thing's name is not the thing
            if (t.isCommonNoun() && "LOCATION".equals(m.type()) && depth > 2) continue;
            // "la ministre des Transports Elisabeth Borne": a name nobody could code (the portfolio the tagger took for
            // an organisation) counts one level deeper, and loses a tie to a coded one
            Actor a = m.actor();
            boolean uncoded = a != null && a.id() == null && a.country() == null && a.sector() == null;
            int score = (depth * 10 + rank + (uncoded ? 10 : 0)) * 2 + (uncoded ? 1 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = m;
            }
        }
        if (best != null && "LOCATION".equals(best.type()) && t.isCommonNoun() && !named
                && tree.lexicon().isResidential(t.word()) && !PLACES.contains(Keys.key(t.word()))) {
            // "un hôtel du centre de Mogadiscio", "une mosquée de Kaboul": the building's people, not the city's rulers
            String country = best.place() != null ? best.place().country() : best.actor() != null ? best.actor().country() : null;
            if (country != null) {
                return new Arg(List.of(new Actor(null, t.word(), country, "CVL", null)), new Span(start, end), best.place());
            }
        }
        if (best != null) return arg(best);
        Arg agent = agentOfModifier(t);
        if (!agent.empty()) return agent;
        Arg owner = owner(t);
        if (!owner.empty()) return owner;
        Arg d = demonym(t);
        return d.empty() ? commonNoun(t) : d;
    }

    /**
     * "entre l'armée indienne et l'armée chinoise": nouns coordinated with the head, each with an actor of its own,
     * are that many actors (names are joined earlier, as coordination mentions).
     */
    private Arg withConjuncts(Token t, Arg first) {
        List<Actor> all = new java.util.ArrayList<>(first.actors());
        int end = first.span() == null ? t.end() : first.span().end();
        for (Token c : tree.children(t)) {
            if (!c.deprel().equals("conj") || !c.isNominal()) continue;
            Mention m = covering(c);
            // "le régime syrien et ses alliés russes et iraniens": a conjunct named by its demonyms
            Arg own = m == null || m.actors().isEmpty() ? demonym(c) : arg(m);
            if (own.empty()) continue;
            for (Actor a : own.actors()) if (all.stream().noneMatch(a::sameAs)) all.add(a);
            end = Math.max(end, own.span() == null ? c.end() : own.span().end());
        }
        if (all.size() == first.actors().size()) return first;
        int start = first.span() == null ? t.start() : first.span().start();
        return new Arg(List.copyOf(all), new Span(start, end), first.place());
    }

    /**
     * "l'hostilité affichée par le régime", "les exactions commises par les milices": a deed named by a noun that
     * no actor owns is its doer's, the agent of the participle that modifies it.
     */
    /** The agent of a participle modifying {@code t} ("des raids menés par les autorités"), or none. */
    public Arg agentOf(Token t) {
        return agentOfModifier(t);
    }

    private Arg agentOfModifier(Token t) {
        if (!t.isCommonNoun()) return Arg.NONE;
        for (Token c : tree.children(t)) {
            if (!c.deprel().startsWith("acl") || !c.isVerbal()) continue;
            Token agent = tree.agent(c);
            if (agent != null) return of(agent);
        }
        return Arg.NONE;
    }

    /**
     * "deux policiers… après que leur véhicule a été visé": property or a facility no actor names, with a possessive
     * determiner, is its owner's: the nearest actor of the owner's number before it in the sentence (a place owns only with "son").
     */
    private Arg owner(Token t) {
        String k = Keys.key(t.word());
        if (!t.isCommonNoun() || !tree.lexicon().nounClass("property").contains(k)
                && !tree.lexicon().nounClass("facility").contains(k)) {
            return Arg.NONE;
        }
        String number = null;
        for (Token c : tree.children(t)) {
            if (c.deprel().equals("det") || c.deprel().equals("nmod:poss")) {
                number = tree.lexicon().possessiveOwner(c.word());
                if (number != null) break;
            }
        }
        if (number == null) return Arg.NONE;
        Mention pick = null;
        for (Mention m : mentions) {
            if (m.end() > t.start() || m.actors().isEmpty() || m.type().equals("ANAPHORA")) continue;
            boolean plural = m.type().equals("PLURAL") || m.text() != null && m.type().equals("GROUP")
                    && pluralHead(m.text());
            if (number.equals("plural") != plural) continue;
            if (number.equals("plural") && m.type().equals("LOCATION")) continue;
            pick = m;
        }
        return pick == null ? Arg.NONE : arg(pick);
    }

    /**
     * "un muezzin", "des civils", "la mosquée": people or a civilian place named by a common noun alone are the
     * civilians (or the noun's sector: "des journalistes") of the country the article is about.
     */
    private Arg commonNoun(Token t) {
        // "tirant sur les fidèles": the parser may tag a noun used with its article as an adjective
        boolean nominal = t.isCommonNoun() || "ADJ".equals(t.pos()) && t.deprel().startsWith("obl")
                && tree.children(t).stream().anyMatch(c -> c.deprel().equals("det"));
        if (context == null || !nominal) return Arg.NONE;
        // a building where civilians are; a town or a district is a place, which place slots read
        String sector = tree.lexicon().isResidential(t.word()) && !PLACES.contains(Keys.key(t.word())) ? "CVL"
                : tree.lexicon().demonymHeadSector(t.word());
        // "une base militaire", "la mosquée d'un camp militaire": a military site is the army's
        if (militarySite(t)) sector = "MIL";
        for (Token c : tree.children(t)) if (c.deprel().equals("nmod") && militarySite(c)) sector = "MIL";
        if (sector == null) return Arg.NONE;
        return new Arg(List.of(new Actor(null, t.word(), context, sector, null)), new Span(t.start(), t.end()), null);
    }

    /** A facility named military ("base militaire") or a military noun naming a site ("caserne"). */
    private boolean militarySite(Token t) {
        if (!t.isCommonNoun()) return false;
        if (tree.lexicon().nounClass("facility").contains(Keys.key(t.word())) && tree.lexicon().isMilitaryNoun(t.word())) {
            return true;
        }
        if (!tree.lexicon().nounClass("facility").contains(Keys.key(t.word()))) return false;
        for (Token c : tree.children(t)) {
            if (c.deprel().equals("amod") && tree.lexicon().isMilitaryNoun(c.word())) return true;
        }
        return false;
    }

    /** The mention's head word is introduced by "de" (or by nothing): it names whose the phrase is. */
    private boolean ofPhrase(Mention m) {
        for (Token x : tree.sentence().tokens()) {
            if (x.start() < m.start() || x.end() > m.end()) continue;
            Token h = tree.head(x);
            if (h != null && h.start() >= m.start() && h.end() <= m.end()) continue;
            String c = tree.caseOf(x);
            return c.isEmpty() || c.equals("de");
        }
        return true;
    }

    private static int rank(String type) {
        for (int i = 0; i < PRIORITY.size(); i++) if (PRIORITY.get(i).contains(type)) return i;
        return -1;
    }

    /** How many dependency steps from the mention's highest word up to {@code head}. */
    private int depth(Mention m, Token head) {
        int best = 99;
        for (Token x : tree.sentence().tokens()) {
            if (x.start() < m.start() || x.end() > m.end()) continue;
            int d = 0;
            for (Token u = x; u != null && u.index() != head.index() && d < 20; u = tree.head(u)) d++;
            best = Math.min(best, d);
        }
        return best;
    }

    /**
     * "des tirs d'artillerie russes": a demonym on the phrase names the state; armed nouns make it its military.
     * Coordinated demonyms name one actor each ("ses alliés russes et iraniens").
     */
    private Arg demonym(Token head) {
        // "la branche égyptienne de l'EI": a part of an organisation works in that country, it is not its state
        if (tree.lexicon().nounClass("branch").contains(Keys.key(head.word()))) return Arg.NONE;
        List<Actor> actors = new java.util.ArrayList<>();
        int end = head.end();
        for (Token x : tree.phrase(head)) {
            boolean first = x.deprel().equals("amod");
            boolean more = x.deprel().equals("conj") && tree.head(x) != null && tree.head(x).deprel().equals("amod");
            if (!first && !more) continue;
            Token of = first ? tree.head(x) : tree.head(tree.head(x));
            // "des tirs d'artillerie russes", "des milliers d'enfants ukrainiens", "une bande de territoire syrien"
            // are of that country; "le sommet du football français" is not France's
            if (of.index() != head.index() && !tree.lexicon().isMilitaryNoun(of.word())
                    && !tree.lexicon().isLightNoun(head.word()) && !tree.lexicon().nounClass("ground")
                    .contains(org.diurna.data.Keys.key(of.word()))) {
                continue;
            }
            String iso = dict.demonym(x.word());
            if (iso == null) continue;
            boolean armed = tree.lexicon().isMilitaryNoun(head.word()) || tree.lexicon().isMilitaryNoun(of.word());
            String people = tree.lexicon().demonymHeadSector(head.word());
            // "le football français", "le cinéma iranien": a field of activity is nobody's act
            if (!armed && people == null && tree.lexicon().nounClass("domain").contains(org.diurna.data.Keys.key(head.word()))) {
                continue;
            }
            String sector = armed ? "MIL" : people != null ? people : "GOV";
            var c = dict.country(iso);
            String name = (c == null ? iso : c.nameEn()) + (armed ? " (military)" : "");
            Actor a = people != null && !armed ? new Actor(null, head.word() + " " + x.word(), iso, sector, null)
                    : new Actor("country:" + iso + ":" + sector, name, iso, sector, null);
            if (actors.stream().noneMatch(a::sameAs)) actors.add(a);
            end = Math.max(end, x.end());
        }
        if (actors.isEmpty()) return Arg.NONE;
        return new Arg(List.copyOf(actors), new Span(head.start(), end), null);
    }

    /** "policiers", "forces armées": a role mention (its text starts at the role noun) whose noun is plural. */
    private static boolean pluralHead(String text) {
        String k = Keys.key(text.split("[\\s']+")[0]);
        return k.endsWith("s") || k.endsWith("x");
    }

    private Mention covering(Token t) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() <= t.start() && t.end() <= m.end()) {
                if (best == null || m.type().equals("PLURAL") || (best.actors().isEmpty() && !m.actors().isEmpty())) {
                    best = m;
                }
            }
        }
        return best;
    }

    private Mention firstOf(int start, int end, String type) {
        for (Mention m : mentions) if (m.type().equals(type) && m.start() >= start && m.end() <= end) return m;
        return null;
    }

    private static Arg arg(Mention m) {
        return new Arg(m.actors(), new Span(m.start(), m.end()), m.place());
    }

    /** The place mention on or inside the phrase of {@code t}, as an argument. */
    public Mention placeIn(Token t) {
        for (Token x : tree.phrase(t)) {
            for (Mention m : mentions) {
                if (m.place() != null && m.start() <= x.start() && x.end() <= m.end()) return m;
            }
        }
        return null;
    }

    public List<Mention> mentions() { return mentions; }

    static Actor government(Mention place) {
        return place.actor() != null ? place.actor()
                : new Actor("country:" + place.place().country(), place.place().name(), place.place().country(),
                "GOV", null);
    }
}
