package org.diurna.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diurna.actors.ActorLinker;
import org.diurna.model.Article;
import org.diurna.model.Sentence;
import org.diurna.model.Timex;
import org.diurna.model.Token;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Pipeline;
import org.diurna.pipeline.Stage;
import org.diurna.text.TextPreparer;

/**
 * A sentence parsed by hand ("word POS head deprel [NER]" per token), so that the actor and event stages can be
 * tested without loading CoreNLP. Offsets are found by searching each word in the text, left to right.
 */
final class HandParsed {
    private HandParsed() {}

    static Sentence sentence(String text, String... tokens) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < tokens.length; i++) {
            String[] f = tokens[i].split(" ");
            int start = text.indexOf(f[0], at);
            if (start < 0) throw new IllegalArgumentException("'" + f[0] + "' not found after " + at);
            at = start + f[0].length();
            out.add(new Token(i, start, at, f[0], f[1], f.length > 4 ? f[4] : "O", Integer.parseInt(f[2]), f[3]));
        }
        return new Sentence(0, out.get(0).start(), out.get(out.size() - 1).end(), out);
    }

    /** Runs preparation, the given parse and times, then the real actor, event and merging stages. */
    static Document read(String text, String published, Sentence s, List<Timex> times) {
        Stage given = new Stage() {
            @Override public Set<Layer<?>> requires() { return Set.of(Layers.PREPARED); }

            @Override public Set<Layer<?>> provides() {
                return Set.of(Layers.LANGUAGE, Layers.SENTENCES, Layers.TIMEXES);
            }

            @Override public Document apply(Document d) {
                return d.with(Layers.LANGUAGE, "fr").with(Layers.SENTENCES, List.of(s)).with(Layers.TIMEXES, times);
            }
        };
        Pipeline p = Pipeline.of(new TextPreparer(), given, new ActorLinker(), new org.diurna.quotes.QuoteStage(),
                new EventExtractor(), new EventMerger());
        return p.run(new Article("t", text, published == null ? null : LocalDate.parse(published), null, null, null,
                null));
    }
}
