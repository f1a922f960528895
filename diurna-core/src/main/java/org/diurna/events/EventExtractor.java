package org.diurna.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diurna.actors.ActorDictionary;
import org.diurna.events.internal.Arg;
import org.diurna.events.internal.Arguments;
import org.diurna.events.internal.Attribution;
import org.diurna.events.internal.Dating;
import org.diurna.events.internal.Denunciations;
import org.diurna.events.internal.EventBuilder;
import org.diurna.events.internal.Factuality;
import org.diurna.events.internal.Phrases;
import org.diurna.events.internal.Reactions;
import org.diurna.events.internal.Requirements;
import org.diurna.events.internal.Tree;
import org.diurna.events.internal.Trace;
import org.diurna.model.Event;
import org.diurna.model.Mention;
import org.diurna.model.Sentence;
import org.diurna.model.Timex;
import org.diurna.model.Token;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Stage;

/**
 * Finds event mentions: every word the predicate lexicon knows whose requirements hold and whose participants the
 * parse gives, coded in PLOVER/CAMEO with its date, factuality, attribution and evidence. One mention per predicate;
 * {@link EventMerger} then joins the mentions of one happening.
 */
public final class EventExtractor implements Stage {
    private final ActorDictionary dict;

    public EventExtractor(ActorDictionary dict) {
        this.dict = dict;
    }

    public EventExtractor() {
        this(ActorDictionary.shared());
    }

    @Override public Set<Layer<?>> requires() {
        return Set.of(Layers.PREPARED, Layers.LANGUAGE, Layers.SENTENCES, Layers.MENTIONS, Layers.TIMEXES,
                Layers.QUOTES);
    }

    @Override public Set<Layer<?>> provides() { return Set.of(Layers.EVENT_MENTIONS); }

    @Override public Document apply(Document doc) {
        Lexicon lexicon = Lexicon.of(doc.get(Layers.LANGUAGE));
        String text = doc.get(Layers.PREPARED).analysisText();
        LocalDate published = doc.article().published();
        List<Event> out = new ArrayList<>();
        org.diurna.actors.SurfaceNames names = org.diurna.actors.SurfaceNames.of(doc.get(Layers.MENTIONS));
        String context = org.diurna.actors.internal.Titles.dominantCountry(doc.get(Layers.MENTIONS));
        List<org.diurna.model.Span> quotes = doc.get(Layers.QUOTES).stream()
                .map(q -> new org.diurna.model.Span(q.start(), q.end())).toList();
        List<Reactions.Candidate> reactions = new ArrayList<>();
        LocalDate narrative = null;
        LocalDate previous = null;
        int previousEnd = 0;
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            // a paragraph tells its own story: the day of the previous one does not carry over
            if (text.substring(Math.min(previousEnd, s.start()), s.start()).contains("\n\n")) {
                narrative = null;
                previous = null;
            }
            previousEnd = s.end();
            List<Mention> ms = doc.get(Layers.MENTIONS).stream()
                    .filter(m -> m.start() >= s.start() && m.end() <= s.end() && !"credit".equals(m.how())).toList();
            List<Timex> xs = doc.get(Layers.TIMEXES).stream()
                    .filter(x -> x.start() >= s.start() && x.end() <= s.end()).toList();
            out.addAll(sentence(s, ms, xs, lexicon, text, published, names, new StoryDays(narrative, previous),
                    context, quotes, reactions));
            narrative = storyDay(xs, published, narrative);
            previous = pastDay(xs, published);
        }
        out = Reactions.resolve(out, reactions, doc.get(Layers.SENTENCES), lexicon);
        return doc.with(Layers.EVENT_MENTIONS, List.copyOf(out));
    }

    /** Days a paragraph's explicit date may precede publication and still be the day its story is told on. */
    static final int STORY_DAYS = 7;

    /** The paragraph's story day and the past day the sentence before names (see {@link EventBuilder}). */
    private record StoryDays(LocalDate narrative, LocalDate previous) {}

    /** The last explicit past day a sentence names, or null. */
    private static LocalDate pastDay(List<Timex> xs, LocalDate published) {
        return lastPastDay(xs, published, Integer.MAX_VALUE);
    }

    /** The last explicit day of the past week named in a sentence, else {@code before}. */
    private static LocalDate storyDay(List<Timex> xs, LocalDate published, LocalDate before) {
        if (published == null) return null;
        LocalDate d = lastPastDay(xs, published, STORY_DAYS);
        return d != null ? d : before;
    }

    /** The last full date before publication, at most {@code days} before it, that a sentence names; or null. */
    private static LocalDate lastPastDay(List<Timex> xs, LocalDate published, int days) {
        if (published == null) return null;
        LocalDate out = null;
        for (Timex x : xs) {
            String v = x.value();
            if (!"DATE".equals(x.type()) || v == null || !v.matches("\\d{4}-\\d{2}-\\d{2}.*")) continue;
            LocalDate d = LocalDate.parse(v.substring(0, 10));
            if (d.isBefore(published) && (days == Integer.MAX_VALUE || !d.isBefore(published.minusDays(days)))) out = d;
        }
        return out;
    }

    private List<Event> sentence(Sentence s, List<Mention> ms, List<Timex> xs, Lexicon lexicon, String text,
                                 LocalDate published, org.diurna.actors.SurfaceNames names, StoryDays days,
                                 String context, List<org.diurna.model.Span> quotes,
                                 List<Reactions.Candidate> reactions) {
        s = org.diurna.events.internal.VerbRepair.apply(org.diurna.events.internal.ParseRepair.apply(s, xs, lexicon),
                lexicon);
        if (Trace.ON) Trace.parse(s);
        Tree tree = new Tree(s, lexicon);
        Phrases phrases = new Phrases(tree, ms, dict, context);
        Arguments args = new Arguments(tree, phrases, lexicon, dict);
        EventBuilder builder = new EventBuilder(tree, new Factuality(tree, lexicon), new Dating(tree, xs),
                new Attribution(tree, phrases, args, lexicon), phrases, text, published, names, days.narrative(), days.previous());
        Requirements req = new Requirements(tree, args);
        List<Event> out = new ArrayList<>();
        java.util.Map<Integer, List<Event>> byTrigger = new java.util.HashMap<>();
        for (Token p : s.tokens()) {
            // the first noun row whose requirements hold fixes the noun's sense ("l'attaque la plus virulente" is
            // verbal): when it cannot be built, a row of another type is no fallback (verbs keep trying: their rows
            // are told apart by their complements)
            String sense = null;
            for (Lexicon.Hit hit : lexicon.predicates(p.word())) {
                Predicate pred = hit.predicate();
                if (!posFits(p, pred) || !req.hold(p, pred)) {
                    if (Trace.ON) Trace.log(p.word(), pred.id() + " " + (posFits(p, pred) ? "requirement fails" : "wrong pos"));
                    continue;
                }
                if (sense != null && !sense.equals(pred.plover())) {
                    if (Trace.ON) Trace.log(p.word(), pred.id() + " other sense than " + sense);
                    continue;
                }
                if (pred.isNoun()) sense = pred.plover();
                Arg src = args.fill(p, pred.source(), pred.plover());
                if (src.empty() && pred.isNoun()) src = args.duringAgent(p);
                if (src.empty() && pred.isNoun() && pred.plover().equals("PROTEST")) src = args.protesters(p);
                Arg tgt = args.fill(p, pred.target(), pred.plover(), src);
                if (pred.isNoun() && (tgt.empty() || placeOnly(tgt))) {
                    // "une mosquée a fait l'objet d'une attaque dans la province de Ghôr": who suffers it says more
                    // than where
                    Arg u = args.undergoer(p);
                    if (!u.empty()) tgt = u;
                }
                if (pred.isNoun() && (tgt.empty() || placeOnly(tgt))) {
                    Arg aimed = args.aimedAt(p);
                    if (!aimed.empty()) tgt = aimed;
                }
                if (tgt.empty() && pred.isNoun() && (pred.plover().equals("AID") || pred.plover().equals("SUPPORT"))) {
                    tgt = args.beneficiary(p);
                }
                if (tgt.empty() && pred.plover().equals("PROTEST")) tgt = args.purpose(p);
                if (tgt.empty() && pred.plover().equals("REQUEST") && !pred.isNoun()) tgt = args.askedToAct(p);
                if (pred.isNoun() && !licensed(p, s, src, tgt, args, xs, lexicon)) {
                    if (Trace.ON) Trace.log(p.word(), pred.id() + " noun not licensed");
                    continue;
                }
                List<Event> made = builder.build(p, pred, hit.tense(), src, tgt);
                if (made.isEmpty()) {
                    if (Trace.ON) Trace.log(p.word(), pred.id() + " built nothing (src " + src.actors() + ", tgt " + tgt.actors() + ")");
                    continue;
                }
                if (Trace.ON) Trace.log(p.word(), pred.id() + " built " + made.size() + " (src " + src.actors() + ", tgt "
                        + tgt.actors() + ")");
                if (!consequence(p, made, out)) {
                    for (Event e : made) {
                        var c = Reactions.candidate(e, p, tree, ms);
                        if (c != null) reactions.add(c);
                    }
                    out.addAll(made);
                    byTrigger.put(p.index(), made);
                }
                break;
            }
        }
        org.diurna.events.internal.OneHappening.dropNounsOfTheirVerb(s, byTrigger, out);
        org.diurna.events.internal.OneHappening.dropWhatIsAlleged(s, byTrigger, out);
        out.addAll(new Denunciations(tree, phrases, args, lexicon, builder, quotes).find());
        out.addAll(new org.diurna.events.internal.Obligations(tree, args, lexicon, builder).find());
        return out;
    }

    /**
     * An event noun is told as a happening when the sentence carries it out or makes it act ("l'armée a mené des
     * frappes", "une frappe a tué…"), when it has its own date or both its participants ("l'offensive de X contre Y"),
     * or in a headline; otherwise it is only spoken of ("le massacre de 1961", "une commission d'enquête") and no
     * event of its own.
     */
    private static boolean licensed(Token p, Sentence s, Arg src, Arg tgt, Arguments args, List<Timex> xs,
                                    Lexicon lexicon) {
        if (s.index() == 0 || p.deprel().startsWith("nsubj") || args.governedBySupport(p) || args.undergone(p)
                || args.hosted(p)) {
            return true;
        }
        Token light = p.deprel().startsWith("nmod") ? s.token(p.head()) : null;
        if (light != null && light.isCommonNoun() && lexicon.isLightNoun(light.word())
                && (light.deprel().equals("obj") || light.deprel().startsWith("nsubj"))) {
            // "a confirmé le déroulement d'un entretien", "ont annoncé le lancement de l'offensive"
            return true;
        }
        if (!src.empty() && !tgt.empty()) return true;
        for (Timex x : xs) {
            // a time expression inside the noun's own phrase ("l'attaque de mardi", "l'offensive du 11 février")
            if (x.start() >= p.start() && x.start() - p.end() < 40) return true;
        }
        return false;
    }

    /**
     * "ont pilonné les positions des FDS, tuant sept civils": a present participle hanging on an event of the same type
     * by the same source tells what that event did; it is one more mention of it, not another event.
     */
    private static boolean consequence(Token p, List<Event> made, List<Event> out) {
        // French present participle ("tuant"); English -ing form ("killing"), which the parser may leave as "dep"
        boolean english = "VBG".equals(p.pos());
        if (!(p.word().endsWith("ant") || english) || !(p.deprel().startsWith("acl") || p.deprel().equals("advcl")
                || english && p.deprel().equals("dep"))) return false;
        Event mine = made.get(0);
        Event head = null;
        for (Event e : out) {
            if (e.plover().equals(mine.plover()) && e.source() != null && mine.source() != null
                    && java.util.Objects.equals(e.source().country(), mine.source().country())) head = e;
        }
        if (head == null) return false;
        int i = out.indexOf(head);
        List<org.diurna.model.Span> spans = new ArrayList<>(head.mentions());
        spans.add(mine.evidence());
        Event joined = head.withMentions(spans, head.attributedTo());
        if (head.target() != null && head.target().sector() == null && mine.target() != null
                && java.util.Objects.equals(head.target().country(), mine.target().country())) {
            // "a bombardé Kharkiv, tuant douze civils": who was hit says more than where
            joined = new Event(null, joined.plover(), joined.mode(), joined.cameo(), joined.source(), mine.target(),
                    joined.symmetric(), joined.date(), joined.datePrecision(), joined.place(), joined.factuality(),
                    joined.attributedTo(), joined.evidence(), joined.evidenceText(), joined.mentions(), joined.trigger());
        }
        out.set(i, joined);
        return true;
    }

    /** A target read from a place complement alone ("à Kaboul": Afghanistan, no sector). */
    private static boolean placeOnly(Arg a) {
        return a.actors().size() == 1 && a.actors().get(0).id() != null && a.actors().get(0).id().startsWith("place:");
    }

    private static boolean posFits(Token p, Predicate pred) {
        return pred.isNoun() ? p.isNominal() : p.isVerbal() || p.pos().equals("ADJ") || p.pos().equals("JJ");
    }
}
