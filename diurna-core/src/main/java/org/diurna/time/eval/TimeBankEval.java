package org.diurna.time.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diurna.model.Sentence;
import org.diurna.nlp.CoreNlp;
import org.diurna.text.Normalizer;
import org.diurna.time.TemporalTagger;
import org.diurna.time.internal.HeidelTimeRunner;

/**
 * Scores Diurna's {@link TemporalTagger} and plain HeidelTime 2.1 on a folder of ISO-TimeML files (French TimeBank):
 * each article is tokenised and tagged once by CoreNLP (depth TAGS), and both systems read the same tokens with the
 * same creation date. Plain HeidelTime is HeidelTime's own annotator class with the same settings and tags as inside
 * Diurna, without Diurna's rules and without the rule-skipping speed-up.
 */
public final class TimeBankEval {
    private TimeBankEval() {}

    /** Reads every .tml of {@code dir} (in name order), French. */
    public static TimeEvalReport run(Path dir) {
        return run(dir, "fr");
    }

    public static TimeEvalReport run(Path dir, String language) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) throw new IllegalArgumentException("no .tml file in " + dir);
        TemporalTagger diurna = TemporalTagger.get();
        HeidelTimeRunner plain = new HeidelTimeRunner(HeidelTimeRunner.configuredMappedPos(), false);
        TimexScorer diurnaScores = new TimexScorer();
        TimexScorer plainScores = new TimexScorer();
        for (Path f : files) {
            TmlDocument d = TmlDocument.read(f);
            // what the pipeline reads: typographic variants mapped, same length so the gold offsets hold
            String text = Normalizer.normalize(d.text());
            List<Sentence> sentences = CoreNlp.parse(text, language, CoreNlp.Depth.TAGS);
            diurnaScores.add(d.timexes(), diurna.tag(text, sentences, language, d.dct()));
            plainScores.add(d.timexes(), plain.run(text, sentences, language, d.dct()));
        }
        return new TimeEvalReport(diurnaScores.scores(), plainScores.scores(), files.size());
    }
}
