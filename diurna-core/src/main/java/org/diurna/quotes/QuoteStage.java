package org.diurna.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diurna.actors.ActorDictionary;
import org.diurna.events.Lexicon;
import org.diurna.events.internal.Arg;
import org.diurna.events.internal.Arguments;
import org.diurna.events.internal.Phrases;
import org.diurna.events.internal.Tree;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Quote;
import org.diurna.model.Sentence;
import org.diurna.model.Span;
import org.diurna.model.Token;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Stage;
import org.diurna.text.PreparedText;

/**
 * Direct quotations and who said them: the speaker is the subject of the nearest reporting verb above the quote in the
 * parse ("..., a rapporté l'agence"; "L'Élysée a déclaré « ... »"), else of the nearest verb above it with an actor
 * as subject ("ont promis de « rétablir le dialogue »").
 */
public final class QuoteStage implements Stage {
    private static final int MAX_UP = 8;
    private final ActorDictionary dict;

    public QuoteStage(ActorDictionary dict) {
        this.dict = dict;
    }

    public QuoteStage() {
        this(ActorDictionary.shared());
    }

    @Override public Set<Layer<?>> requires() {
        return Set.of(Layers.PREPARED, Layers.LANGUAGE, Layers.SENTENCES, Layers.MENTIONS);
    }

    @Override public Set<Layer<?>> provides() { return Set.of(Layers.QUOTES); }

    @Override public Document apply(Document doc) {
        PreparedText p = doc.get(Layers.PREPARED);
        Lexicon lexicon = Lexicon.of(doc.get(Layers.LANGUAGE));
        List<Quote> out = new ArrayList<>();
        for (Span q : QuoteSpans.find(p.normalized(), p.boilerplate())) {
            Sentence s = sentenceOf(doc.get(Layers.SENTENCES), q);
            Participant speaker = s == null ? null : speaker(s, q, doc.get(Layers.MENTIONS), lexicon, p);
            out.add(new Quote(q.start(), q.end(), q.of(doc.text()), speaker));
        }
        return doc.with(Layers.QUOTES, List.copyOf(out));
    }

    private Participant speaker(Sentence s, Span q, List<Mention> all, Lexicon lexicon, PreparedText p) {
        List<Mention> ms = all.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
        Tree tree = new Tree(s, lexicon);
        Phrases phrases = new Phrases(tree, ms, dict);
        Arguments args = new Arguments(tree, phrases, lexicon, dict);
        Token out = outside(tree, s, q);
        if (out == null) out = incise(s, q, lexicon);
        Arg fallback = Arg.NONE;
        for (int i = 0; out != null && i < MAX_UP; i++, out = tree.head(out)) {
            if (!out.isVerbal()) continue;
            Arg a = args.subject(out, 0);
            if (a.empty() || (a.span() != null && q.contains(a.span()))) continue;
            if (lexicon.isReporting(out.word())) return participant(a, p);
            if (fallback.empty()) fallback = a;
        }
        return fallback.empty() ? null : participant(fallback, p);
    }

    /** The first word above the quote's words that lies outside the quote. */
    private static Token outside(Tree tree, Sentence s, Span q) {
        for (Token t : s.tokens()) {
            if (!q.contains(t.start())) continue;
            Token up = t;
            while (up != null && q.contains(up.start())) up = tree.head(up);
            if (up != null) return up;
        }
        return null;
    }

    /** « ... », a-t-il affirmé: the reporting verb outside the quote that the parser hung below it. */
    private static Token incise(Sentence s, Span q, Lexicon lexicon) {
        for (Token t : s.tokens()) {
            if (!q.contains(t.start()) && t.isVerbal() && lexicon.isReporting(t.word())) return t;
        }
        return null;
    }

    private static Participant participant(Arg a, PreparedText p) {
        return Participant.of(a.actors().get(0), a.span(), a.span().of(p.normalized()));
    }

    private static Sentence sentenceOf(List<Sentence> ss, Span q) {
        for (Sentence s : ss) if (s.start() <= q.start() && q.start() < s.end()) return s;
        return null;
    }
}
