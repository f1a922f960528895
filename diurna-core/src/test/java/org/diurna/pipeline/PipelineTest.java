package org.diurna.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.diurna.model.Article;
import org.diurna.model.Problem;
import org.junit.jupiter.api.Test;

class PipelineTest {
    static final Layer<String> A = Layer.of("a", String.class);
    static final Layer<String> B = Layer.of("b", String.class);

    record Provide(Layer<String> out, Set<Layer<?>> needs, boolean reject) implements Stage {
        public Set<Layer<?>> requires() { return needs; }
        public Set<Layer<?>> provides() { return Set.of(out); }
        public Document apply(Document d) {
            return reject ? d.reject(new Problem("x", "here", "no")) : d.with(out, out.name());
        }
    }

    @Test void buildFailsNamingTheMissingLayer() {
        var e = assertThrows(IllegalStateException.class,
                () -> Pipeline.of(new Provide(B, Set.of(A), false)));
        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
        assertTrue(e.getMessage().contains("Provide"), e.getMessage());
    }

    @Test void runsStagesInOrderAndKeepsDocumentsImmutable() {
        Pipeline p = Pipeline.of(new Provide(A, Set.of(), false), new Provide(B, Set.of(A), false));
        Document start = Document.of(Article.of("id", "text", null));
        Document end = p.run(start);
        assertEquals("b", end.get(B));
        assertFalse(start.has(A));
    }

    @Test void rejectionStopsTheRun() {
        Pipeline p = Pipeline.of(new Provide(A, Set.of(), true), new Provide(B, Set.of(A), false));
        Document end = p.run(Article.of("id", "text", null));
        assertTrue(end.rejected());
        assertFalse(end.has(B));
        assertEquals("x", end.rejection().code());
    }

    @Test void missingLayerAtRunTimeIsNamed() {
        Document d = Document.of(Article.of("id", "t", null));
        var e = assertThrows(IllegalStateException.class, () -> d.get(A));
        assertTrue(e.getMessage().contains("'a'"));
    }

    @Test void aStageThatFailsOnOneInputRejectsThatDocumentWithTheFailure() {
        Pipeline p = Pipeline.of(new Provide(A, Set.of(), false), new Stage() {
            public Set<Layer<?>> requires() { return Set.of(A); }
            public Set<Layer<?>> provides() { return Set.of(B); }
            public Document apply(Document d) { throw new IllegalArgumentException("bad span 547..530"); }
        });
        Document end = p.run(Article.of("id", "text", null));
        assertTrue(end.rejected());
        assertEquals("internal-error", end.rejection().code());
        assertTrue(end.rejection().detail().contains("bad span 547..530"), end.rejection().detail());
    }
}
