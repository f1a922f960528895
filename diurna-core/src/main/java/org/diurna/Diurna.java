package org.diurna;

import java.util.List;
import org.diurna.actors.ActorLinker;
import org.diurna.events.EventExtractor;
import org.diurna.events.EventMerger;
import org.diurna.figures.FigureStage;
import org.diurna.lang.LanguageStage;
import org.diurna.model.Article;
import org.diurna.nlp.ParseStage;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Pipeline;
import org.diurna.pipeline.Stage;
import org.diurna.quotes.QuoteStage;
import org.diurna.text.TextPreparer;
import org.diurna.time.TimeStage;

/**
 * Diurna's reading of one article, the same for the command line, the server and the cluster job:
 * text preparation → language → CoreNLP parse → time expressions → actors → quotes → figures → events → merging.
 *
 * <p>The pipeline is built once per JVM (models load on first use, 10-20 s for French) and is thread-safe:
 * {@link #read} may be called from many threads at once.
 */
public final class Diurna {
    private static volatile Pipeline pipeline;

    private Diurna() {}

    /** The standard stages, in order. */
    public static List<Stage> stages() {
        return List.of(new TextPreparer(), new LanguageStage(), new ParseStage(), new TimeStage(), new ActorLinker(),
                new QuoteStage(), new FigureStage(), new EventExtractor(), new EventMerger());
    }

    public static Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (Diurna.class) {
                if (pipeline == null) pipeline = Pipeline.of(stages());
                p = pipeline;
            }
        }
        return p;
    }

    /** Reads one article; a document Diurna cannot read comes back rejected, with the reason. */
    public static Document read(Article article) {
        return pipeline().run(article);
    }
}
