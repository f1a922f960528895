package org.diurna.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diurna.events.Lexicon;
import org.diurna.events.Predicate;
import org.diurna.model.Event;
import org.diurna.model.Token;

/**
 * A demand told as an obligation in reported speech: "Russia said that Sudan must return the helicopter", "the Red
 * Cross said US forces must ensure security". The speaker asks the obliged actor to act: REQUEST (CAMEO 10, "demand")
 * by the subject of the reporting verb to the subject of the obliged verb, on the day of the saying. The obligation
 * words are the "oblige" cues of factuality-LANG.tsv (a language without them makes none).
 */
public final class Obligations {
    private static final Predicate DEMAND = new Predicate("obligation", "obligation", "VERB", "REQUEST", "demand", "10",
            List.of(), List.of(), List.of(), false, false, null, "asserted", Map.of(), "", "");

    private final Tree tree;
    private final Arguments args;
    private final Lexicon lexicon;
    private final EventBuilder builder;

    public Obligations(Tree tree, Arguments args, Lexicon lexicon, EventBuilder builder) {
        this.tree = tree;
        this.args = args;
        this.lexicon = lexicon;
        this.builder = builder;
    }

    /** The demands of the sentence. */
    public List<Event> find() {
        List<Event> out = new ArrayList<>();
        for (Token aux : tree.sentence().tokens()) {
            if (!aux.deprel().startsWith("aux") || lexicon.cue(aux.word(), "oblige") == null) continue;
            Token verb = tree.head(aux);
            if (verb == null || !verb.deprel().equals("ccomp")) continue;
            Token speech = tree.head(verb);
            if (speech == null || !lexicon.isReporting(speech.word())) continue;
            // "X said it must act": an actor's own obligation is no demand on another
            if (tree.children(verb).stream().anyMatch(c -> c.deprel().equals("advmod")
                    && "negated".equals(lexicon.cue(c.word(), "neg")))) continue;
            Arg speaker = args.subject(speech, 0);
            Arg obliged = args.subject(verb, 0);
            if (speaker.empty() || obliged.empty() || speaker.actors().equals(obliged.actors())) continue;
            out.addAll(builder.build(verb, speech, DEMAND, null, speaker, obliged));
        }
        return out;
    }
}
