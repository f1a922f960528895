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
    /** The case words of a noun's "de" complement ("à l'encontre du ministre"). */
    private static final java.util.Set<String> OF = java.util.Set.of("de", "du", "des");

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
        return fill(p, slots, plover, Arg.NONE);
    }

    /**
     * As {@link #fill(Token, List, String)}, for a target: a place slot skips the places of {@code source} ("le
     * retrait des États-Unis d'Afghanistan" is from Afghanistan). An event noun carried out by a support verb takes
     * the verb's subject before its own complements ("l'Afrique du Sud a déposé une plainte … devant la Cour").
     */
    public Arg fill(Token p, List<String> slots, String plover, Arg source) {
        List<String> order = slots;
        if (slots.contains("dem") && p.isCommonNoun()
                && tree.children(p, "amod").stream().anyMatch(a -> dict.demonym(a.word()) != null
                && Math.abs(a.index() - p.index()) == 1)) {
            // "les menaces américaines de sanctions contre l'Inde": the demonym right on the noun says whose it is
            order = new java.util.ArrayList<>(order);
            order.remove("dem");
            order.add(0, "dem");
        }
        if (slots.contains("govsubj") && p.isCommonNoun() && supportVerb(p) != null) {
            order = new java.util.ArrayList<>(order);
            order.remove("govsubj");
            order.add(0, "govsubj");
        }
        avoid = source;
        try {
            for (String slot : order) {
                Arg a = slot(p, slot, plover);
                if (!a.empty()) return a;
            }
            return Arg.NONE;
        } finally {
            avoid = Arg.NONE;
        }
    }

    /**
     * The government of the source's own country, when the source is another of its institutions: "un juge fédéral a
     * bloqué le décret" blocks a measure of his own government (the owngov slot of a target).
     */
    private Arg ownGovernment(Arg source) {
        if (source.empty()) return Arg.NONE;
        Actor a = source.actors().get(0);
        if (a.country() == null || a.sector() == null || "GOV".equals(a.sector())) return Arg.NONE;
        org.diurna.actors.Country c = dict.country(a.country());
        return c == null ? Arg.NONE : new Arg(List.of(ActorDictionary.government(c)), null, null);
    }

    /** The source whose words a target's place slot must not return again (set only while filling a target). */
    private Arg avoid = Arg.NONE;

    private Arg slot(Token p, String slot, String plover) {
        if (slot.equals("obl:par") && p.isCommonNoun()) {
            // "l'arrestation de X par la police", "les sanctions décidées par l'UE"
            Arg a = prepositional(p, "par");
            return a.empty() ? agentOfParticiple(p) : a;
        }
        // "des tirs de missiles rebelles contre la mosquée d'un camp militaire": an adjective on the event noun that
        // names a group is its doer, before any "de" complement further down
        if (slot.equals("obl:de") && p.isCommonNoun() && groupAdjective(p)) return Arg.NONE;
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
            default -> slot.startsWith("govobl:") ? governorComplement(p, Keys.key(slot.substring(7))) : Arg.NONE;
            case "ifsubj" -> conditionSubject(p);
            case "compsubj" -> complementSubject(p);
            case "compobj" -> complementObject(p, plover);
            case "owngov" -> ownGovernment(avoid);
        };
    }

    /** What a complement clause's subject is: "demanded that the US cancel its plans" asks the US. */
    private Arg complementSubject(Token p) {
        for (Token c : tree.children(p)) {
            if (!c.deprel().equals("ccomp") || !c.isVerbal()) continue;
            Arg a = subject(c, MAX_CLIMB);
            if (!a.empty()) return a;
        }
        return Arg.NONE;
    }

    /** Slots of the infinitive or clause a verb governs, in order: "refused to meet Jordan's king", "to Iraq". */
    private static final List<String> COMPLEMENT_SLOTS = List.of("obj", "obl:to", "obl:with", "obl:against", "placec");

    /** Whom the act a verb governs is done to: "offered to hand over to Great Britain two of its nationals". */
    private Arg complementObject(Token p, String plover) {
        for (Token c : tree.children(p)) {
            if (!(c.deprel().equals("xcomp") || c.deprel().equals("ccomp")) || !c.isVerbal()) continue;
            for (String slot : COMPLEMENT_SLOTS) {
                Arg a = slot(c, slot, plover);
                if (a.empty()) continue;
                // "agreed to restore communications between their militaries, the White House said": the act's
                // object must itself be the actor (or its owner), not a name further down its phrase
                Token o = slot.equals("obj") ? tree.child(c, "obj") : null;
                if (o != null && a.span() != null && !ownWords(o, a.span())) continue;
                return a;
            }
        }
        return Arg.NONE;
    }

    /** Whether the actor's words include the noun or one of its own modifiers ("Jordan's king", "its nationals"). */
    private boolean ownWords(Token noun, org.diurna.model.Span span) {
        if (span.start() <= noun.start() && noun.end() <= span.end()) return true;
        for (Token m : tree.children(noun)) {
            boolean modifier = m.deprel().startsWith("nmod:poss") || m.deprel().equals("compound")
                    || m.deprel().equals("amod") || m.deprel().equals("nummod");
            if (modifier && span.start() <= m.start() && m.end() <= span.end()) return true;
        }
        return false;
    }

    /** The agent: active subject or passive "par" complement; else, for infinitives and conjuncts, the governor's. */
    public Arg subject(Token p, int climbed) {
        boolean passive = tree.passive(p) || tree.adjectivalParticiple(p);
        if (passive) {
            Token agent = tree.agent(p);
            if (agent != null) return phrases.of(agent);
        } else {
            Token firstSubject = null;
            // "L'un des rares députés opposés au texte, Pavel Orlov, a critiqué…": of two subjects, a name first
            List<Token> subjects = new java.util.ArrayList<>(tree.children(p));
            subjects.sort(java.util.Comparator.comparing(c -> !"PROPN".equals(c.pos())));
            for (Token c : subjects) {
                if (!c.deprel().equals("nsubj")) continue;
                // "Le lendemain de l'attaque, la police mène des opérations": the parser may give a verb two
                // subjects; the one that names an actor is its subject
                if (firstSubject == null) firstSubject = c;
                Arg a = phrases.of(c);
                if (!a.empty()) return a;
            }
            if (firstSubject != null) {
                Arg a = speakerAsPronoun(p, firstSubject, climbed);
                return a.empty() ? author(firstSubject, climbed) : a;
            }
            // an être-verb the parser read as a passive: its "passive subject" is its subject
            for (Token c : tree.children(p)) if (c.deprel().equals("nsubj:pass")) return phrases.of(c);
            for (Token c : tree.children(p)) if (INVERTED.matcher(c.word()).matches()) return phrases.of(c);
        }
        Token h = tree.head(p);
        String r = p.deprel();
        if (h != null && !h.isVerbal() && h.deprel().startsWith("obl") && tree.head(h) != null
                && tree.head(h).isVerbal()) {
            // "a annoncé mercredi attendre ...": the parser may hang the infinitive on the date noun
            h = tree.head(h);
        }
        if (!passive && h != null && r.startsWith("acl") && h.isCommonNoun() && lexicon.isDocumentNoun(h.word())
                && tree.head(h) != null && tree.head(h).isVerbal() && climbed < MAX_CLIMB) {
            return subject(tree.head(h), climbed + 1);
        }
        if (!passive && h != null && climbed < MAX_CLIMB && h.isVerbal()
                && (r.equals("xcomp") || r.equals("conj") || r.equals("acl") || r.equals("advcl") || r.equals("ccomp")
                || r.equals("dep") && "VBG".equals(p.pos()))) {
            Arg controlled = r.equals("conj") ? Arg.NONE : controller(h, p);
            if (r.equals("conj")) h = SharedSubject.governor(tree, lexicon, p);
            return controlled.empty() ? subject(h, climbed + 1) : controlled;
        }
        if (!passive && h != null && r.startsWith("acl") && h.isCommonNoun() && infinitive(p)
                && h.deprel().equals("obj") && tree.head(h) != null
                && "obj".equals(lexicon.controller(tree.head(h).word()))) {
            // "a convaincu les Américains de retirer…": the parser hangs the infinitive on the object it controls
            return phrases.of(h);
        }
        return passive || climbed > 0 ? Arg.NONE : leftNeighbour(p);
    }

    /**
     * The complement of an object-control verb that does what its infinitive says ("appelle le Burundi à renouer",
     * "a demandé aux rebelles de quitter"), or none.
     */
    private Arg controller(Token governor, Token infinitive) {
        String kind = lexicon.controller(governor.word());
        if (kind == null || !infinitive(infinitive)) return Arg.NONE;
        for (Token c : tree.children(governor)) {
            String r = c.deprel();
            boolean fits = r.equals("obj") || kind.equals("iobj") && (r.equals("iobj")
                    || r.startsWith("obl") && tree.caseOf(c).equals("a"));
            if (fits && c.index() < infinitive.index()) {
                Arg a = phrases.of(c);
                if (!a.empty()) return a;
            }
        }
        return Arg.NONE;
    }

    private boolean infinitive(Token t) {
        // English base forms ("to meet") are also present forms to the morphology: the tag tells them apart
        return t.isVerbal() && (lexicon.tense(t.word()) == org.diurna.morph.Tense.OTHER || "VB".equals(t.pos()));
    }

    /**
     * "a publié un communiqué qui condamne…", "une lettre annonçant…": a document's words are its author's, the
     * subject of the verb that issued it.
     */
    /**
     * "Nigeria announced that it will withdraw…", "Iraq said it would allow…": a pronoun no actor was found for,
     * subject of a clause reported by a verb of saying, is that verb's subject speaking of itself.
     */
    private Arg speakerAsPronoun(Token verb, Token subject, int climbed) {
        // English only (Penn PRP): French subject pronouns are resolved by the actor layer (anaphora.tsv), and its
        // "on", "ce", "cela" name no speaker (two false events on the project's French dispatches when allowed)
        boolean pronoun = "PRP".equals(subject.pos());
        Token speech = tree.head(verb);
        if (!pronoun || speech == null || !verb.deprel().equals("ccomp") || !lexicon.isReporting(speech.word())
                || climbed >= MAX_CLIMB) {
            return Arg.NONE;
        }
        return subject(speech, climbed + 1);
    }

    private Arg author(Token subject, int climbed) {
        Token doc = subject;
        Token verb = tree.head(subject);
        if (verb != null && subject.pos().equals("PRON") && verb.deprel().startsWith("acl")) doc = tree.head(verb);
        if (doc == null || !doc.isCommonNoun() || !lexicon.isDocumentNoun(doc.word())) return Arg.NONE;
        Token issuer = tree.head(doc);
        if (issuer == null || !issuer.isVerbal() || climbed >= MAX_CLIMB) return Arg.NONE;
        return subject(issuer, climbed + 1);
    }

    /**
     * The parser sometimes loses a finite verb's subject ("Après sept ans de négociations, le Canada et l'Union
     * européenne ont signé…": the pair read as a conjunct of "ans"): the actor phrase right before the verb group,
     * not introduced by a preposition, is then its subject.
     */
    private Arg leftNeighbour(Token p) {
        int first = p.index();
        boolean aux = false;
        for (Token c : tree.children(p)) {
            if (c.deprel().startsWith("aux") && c.index() < first) {
                first = c.index();
                aux = true;
            }
        }
        org.diurna.morph.Tense t = lexicon.tense(p.word());
        if (first == 0 || !aux && (t == null || t == org.diurna.morph.Tense.OTHER || t == org.diurna.morph.Tense.PARTICIPLE)) {
            return Arg.NONE;
        }
        Token prev = tree.token(first - 1);
        Mention best = null;
        for (Mention m : phrases.mentions()) {
            if (m.start() <= prev.start() && prev.end() <= m.end() && !m.actors().isEmpty()
                    && (best == null || m.end() - m.start() > best.end() - best.start())) best = m;
        }
        if (best == null) return Arg.NONE;
        for (Token x : tree.sentence().tokens()) {
            if (x.end() <= best.start() && x.index() == tokenBefore(best)) {
                if ("ADP".equals(x.pos()) || "VERB".equals(x.pos())) return Arg.NONE;
            }
        }
        return new Arg(best.actors(), new org.diurna.model.Span(best.start(), best.end()), best.place());
    }

    private int tokenBefore(Mention m) {
        int out = -1;
        for (Token x : tree.sentence().tokens()) if (x.end() <= m.start()) out = x.index();
        // skip an article: "le Canada", "l'Union"
        if (out >= 0 && "DET".equals(tree.token(out).pos())) out--;
        return out;
    }

    /** The patient names a place ("a repris Palmyre", "a repris la ville de Kirkouk"). */
    /** The noun a relative pronoun stands for, else the word itself ({@link Phrases#antecedent}). */
    public Token antecedent(Token t) {
        return phrases.antecedent(t);
    }

    public boolean objectIsPlace(Token p) {
        Token o = tree.child(p, "obj");
        if (tree.passive(p) || o == null) {
            for (Token c : tree.children(p)) if (c.deprel().startsWith("nsubj")) o = c;
        }
        if (o == null) return false;
        o = phrases.antecedent(o);
        // the object is the place ("a repris Palmyre"), or a place noun naming it ("la ville de Kirkouk")
        for (Mention m : phrases.mentions()) {
            if ((m.place() != null || "LOCATION".equals(m.type())) && m.start() <= o.start() && o.end() <= m.end()) {
                return true;
            }
        }
        if (!lexicon.isResidential(o.word())) return false;
        for (Token c : tree.children(o)) {
            for (Mention m : phrases.mentions()) {
                if (m.place() != null && m.start() <= c.start() && c.end() <= m.end()) return true;
            }
        }
        return false;
    }

    /** The patient: active object, passive subject, or the noun a passive participle modifies. */
    public Arg object(Token p) {
        if (tree.adjectivalParticiple(p)) {
            // "les personnes interpellées et l'État islamique": a participle after the first conjunct is its own
            Token head = tree.head(p);
            Arg a = phrases.of(head);
            if (a.actors().size() > 1 && a.span() != null && a.span().start() < p.start() && a.span().end() > p.end()
                    && p.start() > head.start()) {
                return new Arg(List.of(a.actors().get(0)), new Span(a.span().start(), p.end()), a.place());
            }
            return a;
        }
        if (tree.passive(p)) {
            for (Token c : tree.children(p)) if (c.deprel().startsWith("nsubj")) return phrases.of(c);
            Token h = tree.head(p);
            if (h != null && (p.deprel().equals("xcomp") || p.deprel().equals("advcl") && h.isVerbal())) {
                // "il doit être reçu", "les suspects sont connus, ayant été incarcérés": the passive subject is the
                // subject of the verb it depends on
                for (Token c : tree.children(h)) if (c.deprel().startsWith("nsubj")) return phrases.of(c);
            }
        }
        Token o = tree.child(p, "obj");
        return o == null ? Arg.NONE : phrases.of(o);
    }

    private Arg prepositional(Token p, String prep) {
        Arg own = prepositionalOf(p, prep);
        Token light = own.empty() && p.isCommonNoun() ? lightHead(p) : null;
        // "une procédure de sanction envers le Portugal": the light noun's complements are the event's
        return light == null ? own : prepositionalOf(light, prep);
    }

    private Arg prepositionalOf(Token p, String prep) {
        for (Token c : tree.complements(p, 2)) {
            if (!c.deprel().startsWith("obl") && !c.deprel().startsWith("nmod") && !c.deprel().equals("iobj")) continue;
            String k = tree.caseOf(c);
            // "l'enlèvement de la part des rebelles": a "de" that opens a locution of the doer names no victim
            boolean agentLocution = k.equals("de") && lexicon.nounClass("agent").contains(Keys.key(c.word()));
            if (agentLocution && !prep.equals("par")) continue;
            if (k.equals(prep) || (prep.equals("de") && (k.equals("du") || k.equals("des")))
                    || (prep.equals("a") && (k.equals("au") || k.equals("aux")))
                    // "une procédure de sanction envers le Portugal": against, whatever the preposition
                    || (prep.equals("contre") && (k.equals("envers") || k.equals("a l'encontre de")
                    || k.equals("a l'egard de") || k.equals("a l' encontre de")))) {
                Arg a = phrases.of(c);
                if (!a.empty()) return a;
            }
            if (prep.equals("par") && agentLocution) {
                // "une agression de la part de policiers": the doer is the locution's own complement
                for (Token d : tree.children(c)) {
                    if (!d.deprel().startsWith("nmod") || !OF.contains(tree.caseOf(d))) continue;
                    Arg a = phrases.of(d);
                    if (!a.empty()) return a;
                }
            }
            if (prep.equals("contre") && k.equals("a") && lexicon.nounClass("against").contains(Keys.key(c.word()))) {
                // "à l'encontre du ministre", "à l'égard de Kiev" read as a noun with its own complement
                for (Token d : tree.children(c)) {
                    if (!d.deprel().startsWith("nmod") || !OF.contains(tree.caseOf(d))) continue;
                    Arg a = phrases.of(d);
                    if (!a.empty()) return a;
                }
            }
        }
        return Arg.NONE;
    }

    /**
     * The subject of the verb an event noun depends on, when that verb carries the event out ("l'armée a mené des
     * frappes", "a procédé à l'arrestation", "réaffirme son soutien": support-verbs-fr.tsv), or when the noun tells
     * when the verb's action happened ("ont convenu lors d'un entretien"). Any other verb only speaks of the event
     * ("Paris a condamné les frappes": Paris struck nothing).
     */
    private Arg governorSubject(Token p) {
        Token h = supportVerb(p);
        if (h != null) {
            Arg a = subject(h, 0);
            // "l'agence Anadolu a annoncé l'arrestation de…": who reports an event did not carry it out
            if (lexicon.isReporting(h.word()) && !a.empty() && a.actors().stream().allMatch(x -> "MED".equals(x.sector()))) {
                return Arg.NONE;
            }
            return a;
        }
        h = tree.head(p);
        // "ont convenu lors d'un entretien", "progressent dans leur reconquête": the subject's own event
        if (h != null && h.isVerbal() && !p.deprel().startsWith("nsubj") && (during(p) || possessive(p))) {
            return subject(h, 0);
        }
        return Arg.NONE;
    }

    /** The light noun an event noun complements ("une série de frappes"), or null. */
    private Token lightHead(Token p) {
        Token h = tree.head(p);
        if (h != null && h.isCommonNoun() && lexicon.isLightNoun(h.word()) && p.deprel().startsWith("nmod")) return h;
        return null;
    }

    /** The support verb an event noun (or the light noun above it) is the object or complement of, or null. */
    private Token supportVerb(Token p) {
        Token light = lightHead(p);
        if (light != null) p = light;
        Token h = tree.head(p);
        // "une enquête a été ouverte par le parquet": the passive subject of a support verb is still its object
        // ("la reddition des rebelles a été annoncée par Damas": who tells it did not do it)
        boolean passiveObject = p.deprel().equals("nsubj:pass") && h != null && tree.passive(h)
                && !lexicon.isReporting(h.word());
        if (h == null || !h.isVerbal() || p.deprel().startsWith("nsubj") && !passiveObject) return null;
        return "support".equals(lexicon.supportKind(h.word())) ? h : null;
    }

    /**
     * "a repris la ville grâce à l'aide de l'aviation russe": help named in a "grâce à" / "avec" complement goes to
     * the subject of the verb it helps.
     */
    public Arg beneficiary(Token p) {
        Token h = tree.head(p);
        String k = tree.caseOf(p);
        if (h == null || !h.isVerbal() || !(k.equals("grace a") || k.equals("grace") || k.equals("avec"))) return Arg.NONE;
        return subject(h, 0);
    }

    /**
     * Whom a protest is against when the text says what it demands: "sont descendus dans les rues pour réclamer la
     * démission de la présidente Park" (the president).
     */
    public Arg purpose(Token p) {
        Token verb = p.isVerbal() ? p : tree.head(p);
        if (verb == null) return Arg.NONE;
        for (Token c : tree.children(verb)) {
            if (!c.isVerbal() || !(c.deprel().equals("advcl") || c.deprel().equals("xcomp"))) continue;
            Token o = tree.child(c, "obj");
            Arg a = o == null ? Arg.NONE : phrases.of(o);
            // "pour protester contre la présidente"
            if (a.empty()) a = prepositional(c, "contre");
            if (!a.empty()) return a;
        }
        // "des milliers d'opposants au président Maduro ont manifesté": opponents protest against whom they oppose
        for (Token c : tree.children(verb)) {
            if (!c.deprel().startsWith("nsubj")) continue;
            for (Token x : tree.phrase(c)) {
                if (!x.isCommonNoun() || !lexicon.nounClass("opponent").contains(Keys.key(x.word()))) continue;
                Arg a = prepositionalOf(x, "a");
                if (!a.empty()) return a;
            }
        }
        return Arg.NONE;
    }

    /**
     * Who protests when a protest is told without its protesters ("des manifestations ont eu lieu à Caracas", "une
     * grève générale"): the people of the place it is told at, or of the country the article is about.
     */
    public Arg protesters(Token p) {
        // only a protest the sentence tells as happening ("ont eu lieu", "ont participé à"), not one spoken of
        if (supportVerb(p) == null && happening(p) == null) return Arg.NONE;
        Arg where = place(p, false, "PROTEST");
        Token h = tree.head(p);
        if (where.empty() && h != null && h.isVerbal()) where = place(h, false, "PROTEST");
        String country = where.empty() ? phrases.context() : where.actors().get(0).country();
        if (country == null) return Arg.NONE;
        return new Arg(List.of(new Actor(null, p.word(), country, "CVL", null)), new Span(p.start(), p.end()), null);
    }

    /**
     * Whom an event noun is aimed at through a participle or relative of aiming (support-verbs kind "aim"): "une
     * enquête visant douze personnalités", "des sanctions qui ciblent des dirigeants iraniens".
     */
    public Arg aimedAt(Token p) {
        for (Token c : tree.children(p)) {
            if (!c.deprel().startsWith("acl") || !c.isVerbal() || !"aim".equals(lexicon.supportKind(c.word()))) continue;
            Token o = tree.child(c, "obj");
            Arg a = o == null ? Arg.NONE : phrases.of(o);
            if (!a.empty()) return a;
        }
        return Arg.NONE;
    }

    /** The event noun is carried out by a support verb ("a mené des frappes", "a procédé à l'arrestation"). */
    public boolean governedBySupport(Token p) {
        return supportVerb(p) != null;
    }

    /** "L'Égypte a accueilli des pourparlers": the noun is the object of a verb that hosts it (kind host). */
    public boolean hosted(Token p) {
        Token h = tree.head(p);
        return h != null && h.isVerbal() && p.deprel().equals("obj") && "host".equals(lexicon.supportKind(h.word()));
    }

    /** "mener des frappes contre X": a complement of the support verb of an event noun. */
    private Arg governorComplement(Token p, String prep) {
        Token h = supportVerb(p);
        if (h == null) h = happening(p);
        // "le Qatar a abrité des négociations entre Washington et les talibans": the host's complements are the talks'
        if (h == null && hosted(p)) h = tree.head(p);
        return h == null ? Arg.NONE : prepositional(h, prep);
    }

    /**
     * The verb an event noun is the subject of when the verb only says it happens ("des heurts ont éclaté entre X et
     * Y", "les négociations se poursuivent entre X et Y"): its complements are the noun's. Null otherwise.
     */
    Token happening(Token p) {
        Token h = tree.head(p);
        if (h == null || !h.isVerbal() || !p.deprel().startsWith("nsubj")) return null;
        String kind = lexicon.supportKind(h.word());
        if ("happen".equals(kind) || "support".equals(kind) && tree.reflexive(h)) return h;
        // "les interpellations ont eu lieu": a support verb whose object only says that it took place
        Token o = tree.child(h, "obj");
        return o != null && lexicon.nounClass("happen").contains(Keys.key(o.word())) ? h : null;
    }

    /**
     * Who carried out an event noun that names no doer, from the operation it happened during: "les interpellations
     * ont eu lieu lors d'une vingtaine de raids menés par les autorités turques" are the Turkish authorities'.
     */
    public Arg duringAgent(Token p) {
        if (!p.isCommonNoun()) return Arg.NONE;
        Token h = happening(p);
        for (Token t : h == null ? List.of(p) : List.of(p, h)) {
            for (Token c : tree.children(t)) {
                if (!during(c)) continue;
                // down the quantity or light nouns to the operation ("une vingtaine de raids menés par…")
                for (Token x = c; x != null; x = tree.child(x, "nmod")) {
                    Arg a = phrases.agentOf(x);
                    if (!a.empty()) return a;
                    if (x.index() != c.index() && !lexicon.isLightNoun(x.word())) break;
                }
            }
        }
        return Arg.NONE;
    }

    /**
     * Who is asked to act when a request names the act and its doer ("demande l'ouverture d'une enquête par les
     * autorités russes": the Russian authorities are asked): the "par" agent of the requested noun, or of the noun
     * its light head governs.
     */
    public Arg askedToAct(Token p) {
        Token o = tree.child(p, "obj");
        if (o == null || !o.isCommonNoun()) return Arg.NONE;
        Arg agent = agentOf(o);
        if (!agent.empty()) return agent;
        for (Token c : tree.children(o)) {
            if (c.deprel().startsWith("nmod") && c.isCommonNoun() && !(agent = agentOf(c)).empty()) return agent;
        }
        return Arg.NONE;
    }

    /** The "par" complement of a noun ("une enquête par les autorités russes"), or none. */
    private Arg agentOf(Token noun) {
        for (Token c : tree.children(noun)) {
            String k = tree.caseOf(c);
            if (c.deprel().startsWith("nmod") && (k.equals("par") || k.equals("by"))) return phrases.of(c);
        }
        return Arg.NONE;
    }

    /**
     * Who suffers the event an event noun names, by its governor: the subject of an undergoing verb ("l'armée a subi
     * une attaque") or of an undergoing noun ("X a été victime d'un attentat", "la cible de frappes").
     */
    public Arg undergoer(Token p) {
        Token h = tree.head(p);
        if (h != null && p.deprel().startsWith("nsubj") && h.isVerbal() && lexicon.isResultVerb(h.word())) {
            // "l'attentat a fait vingt morts parmi les soldats", "a coûté la vie à dix soldats"
            Arg a = prepositional(h, "parmi");
            if (a.empty()) a = prepositional(h, "a");
            // "les frappes ont causé la mort de dizaines de civils": whose death or loss the object names
            Token o = tree.child(h, "obj");
            if (a.empty() && o != null && o.isCommonNoun()) a = prepositional(o, "de");
            // "a roadside bombing killed three American soldiers": the object itself is the victims where the verb
            // itself harms (English kill, wound); a French result verb's object is the toll ("a fait vingt morts"),
            // whose victims its complements name. The tagsets tell the two apart: English objects are Penn nouns.
            if (a.empty() && o != null && o.pos().startsWith("NN")) a = phrases.of(o);
            return a;
        }
        if (h == null || p.deprel().startsWith("nsubj")) return Arg.NONE;
        if (h.isVerbal() && "undergo".equals(lexicon.supportKind(h.word()))) return subject(h, 0);
        if (perished(p, h)) return subject(h, 0);
        if (undergoNoun(h)) {
            for (Token c : tree.children(h)) if (c.deprel().startsWith("nsubj")) return phrases.of(c);
            // "une mosquée a fait l'objet d'une attaque": the noun is the object of a verb whose subject suffers
            Token v = tree.head(h);
            if (v != null && v.isVerbal() && h.deprel().equals("obj")) return subject(v, 0);
        }
        return Arg.NONE;
    }

    /**
     * True when an event noun is suffered ("X a été victime d'une tentative d'assassinat", "a subi une attaque"): the
     * sentence tells it as a happening, as a support verb does.
     */
    public boolean undergone(Token p) {
        Token h = tree.head(p);
        if (h == null || p.deprel().startsWith("nsubj")) return false;
        return h.isVerbal() && "undergo".equals(lexicon.supportKind(h.word())) || undergoNoun(h) || perished(p, h);
    }

    /**
     * "vingt-neuf personnes sont mortes dans l'explosion d'une voiture piégée": the event noun is the complement of a
     * verb of dying (read as a verb or as the adjective "mortes"), whose subject died in it.
     */
    private boolean perished(Token p, Token h) {
        return p.deprel().startsWith("obl") && (h.isVerbal() || "ADJ".equals(h.pos()))
                && lexicon.perishesIn(h.word(), tree.caseOf(p));
    }

    /** "victime", "cible": the parser may read "a été victime" as a passive verb; the word is still the noun. */
    private boolean undergoNoun(Token h) {
        return (h.isCommonNoun() || h.isVerbal()) && lexicon.isUndergoNoun(h.word());
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
        if (supportVerb(p) == null && !during(p)) return Arg.NONE;
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
        Token object = null;
        if (!government) {
            // "a repris Palmyre": the object itself may be the place attacked; "Palmyre, que l'EI avait prise": the
            // relative pronoun's noun
            Token o = tree.child(p, "obj");
            if (o != null) cs.add(0, object = phrases.antecedent(o));
        }
        // "l'intervention de la France au Mali", "les investissements de la Chine au Pakistan": where it happens,
        // before whose it is
        List<Token> located = new java.util.ArrayList<>();
        List<Token> of = new java.util.ArrayList<>();
        for (Token c : cs) (tree.caseOf(c).equals("de") ? of : located).add(c);
        cs = located;
        cs.addAll(of);
        for (Token c : cs) {
            if (c != object && !c.deprel().startsWith("obl") && !c.deprel().startsWith("nmod")
                    && !c.deprel().equals("obj") || tree.isAgent(c)) {
                continue;
            }
            Mention m = phrases.placeIn(c);
            if (m == null || m.place() == null) continue;
            if (avoid.span() != null && avoid.span().start() <= m.start() && m.end() <= avoid.span().end()) continue;
            String sector = "ASSAULT".equals(plover) && tree.lexicon().isResidential(c.word()) ? "CVL" : null;
            Actor a = government ? Phrases.government(m)
                    : new Actor("place:" + m.place().country() + (sector == null ? "" : ":CVL"), m.place().name(),
                    m.place().country(), sector, null);
            return new Arg(List.of(a), new Span(m.start(), m.end()), m.place());
        }
        if (!government && "ASSAULT".equals(plover)) {
            // "a fait détonner sa ceinture d'explosifs au sein du sanctuaire": a building where people gather, with
            // no town named, struck the civilians of the country the article is about
            for (Token c : cs) {
                if (!c.isCommonNoun() || !tree.lexicon().isResidential(c.word()) || tree.isAgent(c)) continue;
                Arg a = phrases.of(c);
                if (!a.empty() && a.actors().stream().allMatch(x -> "CVL".equals(x.sector()))) return a;
            }
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
    private boolean groupAdjective(Token p) {
        for (Token c : tree.children(p, "amod")) {
            for (Mention m : phrases.mentions()) {
                // the adjective alone names the group ("rebelles"), not a demonym of a noun elsewhere ("français")
                if (m.start() == c.start() && c.end() == m.end() && !m.actors().isEmpty() && "GROUP".equals(m.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Arg demonym(Token p, String plover) {
        List<Token> amods = tree.children(p, "amod");
        for (Token c : amods) {
            // "des tirs de missiles rebelles": an adjective that names an actor
            for (Mention m : phrases.mentions()) {
                if (m.start() <= c.start() && c.end() <= m.end() && !m.actors().isEmpty() && "GROUP".equals(m.type())) {
                    return new Arg(m.actors(), new Span(m.start(), m.end()), null);
                }
            }
        }
        for (Token c : amods) {
            String iso = dict.demonym(c.word());
            if (iso == null) continue;
            boolean armed = plover.equals("ASSAULT") || plover.equals("MOBILIZE");
            Actor a = new Actor("country:" + iso + (armed ? ":MIL" : ""), iso, iso, armed ? "MIL" : "GOV", null);
            return new Arg(List.of(a), new Span(c.start(), c.end()), null);
        }
        return Arg.NONE;
    }
}
