package org.diurna.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diurna.events.Lexicon;
import org.diurna.events.Predicate;
import org.diurna.model.Event;
import org.diurna.model.Mention;
import org.diurna.model.Token;

/**
 * Denunciation by insult in reported speech: when someone is quoted calling a person a tyrant, a terrorist, a
 * criminal (« mettre fin au règne du tyran » X), the speaker ACCUSEs (CAMEO 11) that person, on the date of the
 * saying. Only the speaker's own words count: an insult in quotation marks, under a reporting verb; the journalist's
 * words ("le réseau terroriste Al-Qaïda") accuse nobody.
 */
public final class Denunciations {
    private static final Predicate ACCUSE = new Predicate("insult", "insult", "NOUN", "ACCUSE", "denounce", "111",
            List.of(), List.of(), List.of(), false, false, null, null, Map.of(), "", "");
    private static final int MAX_UP = 10;
    private static final int WINDOW = 40;

    private final Tree tree;
    private final Phrases phrases;
    private final Arguments args;
    private final Lexicon lexicon;
    private final EventBuilder builder;

    private final List<org.diurna.model.Span> quotes;

    public Denunciations(Tree tree, Phrases phrases, Arguments args, Lexicon lexicon, EventBuilder builder,
                         List<org.diurna.model.Span> quotes) {
        this.quotes = quotes;
        this.tree = tree;
        this.phrases = phrases;
        this.args = args;
        this.lexicon = lexicon;
        this.builder = builder;
    }

    public List<Event> find() {
        List<Event> out = new ArrayList<>();
        for (Token t : tree.sentence().tokens()) {
            if (!lexicon.isInsult(t.word()) || quotes.stream().noneMatch(q -> q.contains(t.start()))) continue;
            Token speech = reportingAbove(t);
            if (speech == null) continue;
            Arg speaker = args.subject(speech, 0);
            Arg target = targetNear(t);
            if (speaker.empty() || target.empty()) continue;
            // the denunciation happened when it was said
            out.addAll(builder.build(t, speech, ACCUSE, null, speaker, target));
        }
        return out;
    }

    private Token reportingAbove(Token t) {
        Token up = tree.head(t);
        for (int i = 0; up != null && i < MAX_UP; i++, up = tree.head(up)) {
            if (lexicon.isReporting(up.word())) return up;
        }
        return null;
    }

    /** The actor the insult names: a mention right after it ("« le dictateur » X"), or in its phrase. */
    private Arg targetNear(Token t) {
        for (Mention m : phrases.mentions()) {
            if (m.start() >= t.end() && m.start() - t.end() <= WINDOW && !m.actors().isEmpty()
                    && !"LOCATION".equals(m.type())) {
                return new Arg(m.actors(), new org.diurna.model.Span(m.start(), m.end()), null);
            }
        }
        return phrases.of(t);
    }
}
