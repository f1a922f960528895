package org.diurna.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.data.Keys;
import org.diurna.events.Lexicon;
import org.diurna.model.Actor;
import org.diurna.model.Token;

/**
 * Who the text credits for an event: "selon X" / "d'après X" in its sentence, and the subjects of the reporting verbs
 * above it ("a rapporté l'agence", "la Maison Blanche a confirmé ...").
 */
public final class Attribution {
    private static final int MAX_UP = 6;
    private final Tree tree;
    private final Phrases phrases;
    private final Arguments args;
    private final Lexicon lexicon;

    public Attribution(Tree tree, Phrases phrases, Arguments args, Lexicon lexicon) {
        this.tree = tree;
        this.phrases = phrases;
        this.args = args;
        this.lexicon = lexicon;
    }

    /** Source names, nearest first; never the event's own participants. */
    public List<String> of(Token p, Actor source, Actor target) {
        List<String> out = new ArrayList<>();
        Token up = tree.head(p);
        for (int i = 0; up != null && i < MAX_UP; i++, up = tree.head(up)) {
            if (lexicon.isReporting(up.word())) add(out, args.subject(up, 0), source, target);
        }
        for (Token t : tree.sentence().tokens()) {
            String k = tree.caseOf(t);
            if (k.equals("selon") || k.equals("d'apres") || k.equals("according to")) add(out, phrases.of(t), source, target);
        }
        return out;
    }

    private static void add(List<String> out, Arg a, Actor source, Actor target) {
        for (Actor x : a.actors()) {
            if (x.sameAs(source) || x.sameAs(target)) continue;
            String name = x.name();
            if (name != null && out.stream().noneMatch(n -> Keys.key(n).equals(Keys.key(name)))) out.add(name);
        }
    }
}
