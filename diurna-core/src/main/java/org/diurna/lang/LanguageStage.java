package org.diurna.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Set;
import org.diurna.model.Problem;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Stage;
import org.diurna.text.PreparedText;

/**
 * Detects the article's language with Lingua and rejects what Diurna cannot read (anything but French and English),
 * saying which language it found. A declared language on the article is trusted only if it is one Diurna reads.
 */
public final class LanguageStage implements Stage {
    /** Languages Diurna has models and lexicons for. */
    public static final Set<String> READ = Set.of("fr", "en");
    /** Enough text to decide; detection cost grows with length and the first paragraphs settle it. */
    private static final int SAMPLE = 3000;
    private static final int MIN_LETTERS = 20;

    private static volatile LanguageDetector detector;

    @Override public Set<Layer<?>> requires() { return Set.of(Layers.PREPARED); }

    @Override public Set<Layer<?>> provides() { return Set.of(Layers.LANGUAGE); }

    @Override public Document apply(Document doc) {
        String declared = doc.article().language();
        if (declared != null && READ.contains(declared)) return doc.with(Layers.LANGUAGE, declared);
        PreparedText p = doc.get(Layers.PREPARED);
        // a run of characters without a space is no word of any language (see LongRuns)
        String text = org.diurna.text.LongRuns.blank(p.analysisText(), org.diurna.pipeline.Limits.DEFAULT.maxWordChars())
                .text();
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (letters(sample) < MIN_LETTERS) {
            return doc.reject(new Problem("no-text", doc.article().id(),
                    "no readable text: fewer than " + MIN_LETTERS + " letters once boilerplate is removed"));
        }
        String code = detect(sample);
        if (!READ.contains(code)) {
            return doc.reject(new Problem("language", doc.article().id(),
                    "language detected as '" + code + "'; Diurna reads French and English only"));
        }
        return doc.with(Layers.LANGUAGE, code);
    }

    /** ISO 639-1 code of the most likely language, or "unknown". */
    public static String detect(String text) {
        Language l = detector().detectLanguageOf(text);
        return l == Language.UNKNOWN ? "unknown" : l.getIsoCode639_1().toString().toLowerCase();
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    private static LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (LanguageStage.class) {
                if (detector == null) {
                    // the languages a news crawl meets most; low-accuracy mode keeps memory small and is exact on
                    // paragraph-length text
                    detector = LanguageDetectorBuilder.fromLanguages(Language.FRENCH, Language.ENGLISH,
                            Language.GERMAN, Language.SPANISH, Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH,
                            Language.ARABIC, Language.RUSSIAN, Language.TURKISH, Language.CHINESE, Language.POLISH,
                            Language.UKRAINIAN, Language.PERSIAN).withLowAccuracyMode().build();
                }
                d = detector;
            }
        }
        return d;
    }
}
