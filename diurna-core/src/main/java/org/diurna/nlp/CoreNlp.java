package org.diurna.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.diurna.model.Sentence;
import org.diurna.model.Token;
import org.diurna.pipeline.Limits;

/**
 * Stanford CoreNLP, loaded once per JVM and language, turning text into parsed {@link Sentence}s whose offsets point
 * into the string given.
 *
 * <p>Thread safety: {@link #parse} may be called from any number of threads at once. CoreNLP's annotators keep no
 * per-document state, each call works on its own {@code Annotation}; the models are loaded under a lock the first time a
 * language/depth is asked for (that takes 10-20 s for French with the dependency parser).
 */
public final class CoreNlp {
    /** How much analysis to run: tokens, tags and NER only, or all of that plus the dependency parse. */
    public enum Depth { TAGS, PARSE }

    private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    private CoreNlp() {}

    /** Parses {@code text} in language "fr" or "en" at the given depth, within the default {@link Limits}. */
    public static List<Sentence> parse(String text, String language, Depth depth) {
        return parse(text, language, depth, Limits.DEFAULT, Long.MAX_VALUE).sentences();
    }

    /**
     * The sentences parsed, the sentences left unparsed because they were too long (their spans), and whether the
     * parse stopped at its deadline before the end of the text.
     */
    public record Parsed(List<Sentence> sentences, List<org.diurna.model.Span> tooLong, boolean stopped) {}

    /** Sentences tagged and parsed per batch, the deadline checked between batches. */
    private static final int BATCH = 16;

    /**
     * Parses {@code text} within {@code limits}: it is split into sentences first (cheap), a sentence of more than
     * {@code maxSentenceTokens} tokens is not tagged nor parsed (the tagger's and parser's cost and memory grow with
     * it), and tagging and parsing stop at the first batch boundary past {@code deadline} (a
     * {@link System#nanoTime()} value).
     */
    public static Parsed parse(String text, String language, Depth depth, Limits limits, long deadline) {
        Annotation ann = new Annotation(text);
        split(language).annotate(ann);
        List<CoreMap> all = ann.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> kept = new ArrayList<>();
        List<org.diurna.model.Span> tooLong = new ArrayList<>();
        for (CoreMap s : all) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            if (toks.size() <= limits.maxSentenceTokens()) {
                kept.add(s);
            } else {
                tooLong.add(new org.diurna.model.Span(toks.get(0).beginPosition(),
                        Math.max(toks.get(0).beginPosition(), toks.get(toks.size() - 1).endPosition())));
            }
        }
        StanfordCoreNLP rest = analysis(language, depth);
        List<CoreMap> done = new ArrayList<>();
        boolean stopped = false;
        for (int i = 0; i < kept.size(); i += BATCH) {
            if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
                stopped = true;
                break;
            }
            List<CoreMap> batch = kept.subList(i, Math.min(kept.size(), i + BATCH));
            ann.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(batch));
            rest.annotate(ann);
            done.addAll(batch);
        }
        ann.set(CoreAnnotations.SentencesAnnotation.class, done);
        return new Parsed(convert(ann, depth == Depth.PARSE), List.copyOf(tooLong), stopped);
    }

    /** The loaded CoreNLP pipeline (for the benchmark's baseline, which must run exactly CoreNLP). */
    public static StanfordCoreNLP pipeline(String language, Depth depth) {
        return PIPELINES.computeIfAbsent(language + "/" + depth, k -> load(language, depth));
    }

    static Properties properties(String language, Depth depth) {
        Properties p = new Properties();
        String res = "fr".equals(language) ? "/StanfordCoreNLP-french.properties" : null;
        if (res != null) {
            try (InputStream in = CoreNlp.class.getResourceAsStream(res)) {
                if (in == null) throw new IllegalStateException("CoreNLP French models are not on the classpath (" + res + ")");
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p.setProperty("annotators", depth == Depth.PARSE
                    ? "tokenize,ssplit,mwt,pos,ner,depparse" : "tokenize,ssplit,mwt,pos,ner");
        } else if ("en".equals(language)) {
            p.setProperty("annotators", depth == Depth.PARSE
                    ? "tokenize,ssplit,pos,lemma,ner,depparse" : "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        } else {
            throw new IllegalArgumentException("no CoreNLP models for language '" + language + "'");
        }
        // paragraphs: a blank line always ends a sentence (dispatch titles and credits have no final period)
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        if ("en".equals(language)) {
            p.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,normalizeParentheses=false,"
                    + "normalizeOtherBrackets=false,splitHyphenated=false");
        }
        return p;
    }

    private static synchronized StanfordCoreNLP load(String language, Depth depth) {
        return new StanfordCoreNLP(properties(language, depth));
    }

    /** The tokenizer and sentence splitter of {@code language} (French also splits contractions: mwt). */
    private static StanfordCoreNLP split(String language) {
        return PIPELINES.computeIfAbsent(language + "/split", k -> {
            Properties p = properties(language, Depth.TAGS);
            p.setProperty("annotators", "fr".equals(language) ? "tokenize,ssplit,mwt" : "tokenize,ssplit");
            return loadWith(p);
        });
    }

    /** The annotators after the split, run on sentences already split (tagger, NER, parser at {@code depth}). */
    private static StanfordCoreNLP analysis(String language, Depth depth) {
        return PIPELINES.computeIfAbsent(language + "/" + depth + "/analysis", k -> {
            Properties p = properties(language, depth);
            String all = p.getProperty("annotators");
            p.setProperty("annotators", all.replaceFirst("^tokenize,ssplit,(mwt,)?", ""));
            // the tokens and sentences come from split(): CoreNLP must not ask for its own tokenizer again
            p.setProperty("enforceRequirements", "false");
            return loadWith(p);
        });
    }

    private static synchronized StanfordCoreNLP loadWith(Properties p) {
        return new StanfordCoreNLP(p);
    }

    /**
     * Words of one contraction ("aux" = "à" + "les") get the span of the whole written word. CoreNLP gives them
     * adjacent sub-spans; adjacent words whose joined text is all letters can only come from one written word.
     */
    private static int[][] surfaceSpans(List<CoreLabel> labels, String text) {
        int[][] out = new int[labels.size()][];
        int i = 0;
        while (i < labels.size()) {
            int j = i;
            while (j + 1 < labels.size() && labels.get(j + 1).beginPosition() <= labels.get(j).endPosition()
                    && letters(text, labels.get(i).beginPosition(), labels.get(j + 1).endPosition())) j++;
            int start = labels.get(i).beginPosition();
            int end = Math.max(start, labels.get(j).endPosition());
            for (int k = i; k <= j; k++) out[k] = new int[] {start, end};
            i = j + 1;
        }
        return out;
    }

    private static boolean letters(String text, int from, int to) {
        if (from < 0 || to > text.length() || to <= from) return false;
        for (int k = from; k < to; k++) if (!Character.isLetter(text.charAt(k))) return false;
        return true;
    }

    private static List<Sentence> convert(Annotation ann, boolean parsed) {
        String text = ann.get(CoreAnnotations.TextAnnotation.class);
        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int[] heads = new int[labels.size()];
            String[] rels = new String[labels.size()];
            java.util.Arrays.fill(heads, -1);
            java.util.Arrays.fill(rels, "dep");
            SemanticGraph g = parsed ? s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null;
            if (g != null) {
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    int dep = e.getDependent().index() - 1;
                    heads[dep] = e.getGovernor().index() - 1;
                    rels[dep] = e.getRelation().toString();
                }
                for (IndexedWord r : g.getRoots()) rels[r.index() - 1] = "root";
            }
            int[][] spans = surfaceSpans(labels, text);
            List<Token> toks = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String ner = l.ner();
                toks.add(new Token(i, spans[i][0], spans[i][1], l.word(), l.tag(),
                        ner == null ? "O" : ner, heads[i], rels[i]));
            }
            int start = toks.isEmpty() ? 0 : toks.get(0).start();
            int end = toks.isEmpty() ? 0 : toks.get(toks.size() - 1).end();
            out.add(new Sentence(out.size(), start, end, toks));
        }
        return out;
    }
}
