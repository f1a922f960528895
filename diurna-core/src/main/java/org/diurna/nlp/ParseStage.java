package org.diurna.nlp;

import java.util.Set;
import org.diurna.model.Problem;
import org.diurna.model.Span;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Limits;
import org.diurna.pipeline.Stage;

/**
 * Tokens, POS, NER and dependency parse by CoreNLP over the prepared text (boilerplate blanked, offsets kept), within
 * {@link Limits}: a run of more than {@code maxWordChars} non-space characters is blanked before the parse, a sentence
 * over {@code maxSentenceTokens} tokens is left unparsed, and the parse stops at the document's deadline. Each is
 * recorded on the document as a problem (a warning: the rest is read); a stop at the deadline leaves the document to
 * the pipeline, which rejects it as over budget.
 */
public final class ParseStage implements Stage {
    private final Limits limits;

    public ParseStage(Limits limits) {
        this.limits = limits;
    }

    public ParseStage() {
        this(Limits.DEFAULT);
    }

    @Override public Set<Layer<?>> requires() { return Set.of(Layers.PREPARED, Layers.LANGUAGE); }

    @Override public Set<Layer<?>> provides() { return Set.of(Layers.SENTENCES); }

    @Override public Document apply(Document doc) {
        String text = doc.get(Layers.PREPARED).analysisText();
        org.diurna.text.LongRuns blanked = org.diurna.text.LongRuns.blank(text, limits.maxWordChars());
        if (!blanked.runs().isEmpty()) {
            Span first = blanked.runs().get(0);
            doc = doc.warn(new Problem("word-too-long", doc.article().id(), blanked.runs().size() + " run(s) of more"
                    + " than " + limits.maxWordChars() + " characters without a space, the first" + at(first.start(),
                    first.end()) + ", were not read"));
            text = blanked.text();
        }
        CoreNlp.Parsed p = CoreNlp.parse(text, doc.get(Layers.LANGUAGE), CoreNlp.Depth.PARSE, limits, doc.deadline());
        for (Span s : p.tooLong()) {
            doc = doc.warn(new Problem("sentence-too-long", doc.article().id(), "a sentence of more than "
                    + limits.maxSentenceTokens() + " tokens" + at(s.start(), s.end())
                    + " was not parsed: no event is read from it"));
        }
        return doc.with(Layers.SENTENCES, p.sentences());
    }

    private static String at(int start, int end) {
        return " (characters " + start + "-" + end + ")";
    }
}
