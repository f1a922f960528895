package org.diurna.time.internal;

import de.unihd.dbs.heideltime.standalone.components.impl.StandaloneConfigContext;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.diurna.model.Sentence;
import org.diurna.model.Timex;
import org.diurna.model.Token;

/**
 * HeidelTime 2.1 run on CoreNLP's sentences and tokens instead of its own TreeTagger preprocessing.
 *
 * <p>The annotator keeps per-document state in fields (timex counters, the current language), so each thread gets its
 * own annotator and its own reusable JCas; HeidelTime's rule and normalisation tables are per-language singletons that
 * are only read after loading, and are loaded under one lock. The settings come from {@code heideltime.properties} on
 * the classpath: Diurna builds the UIMA context itself, so HeidelTime's config.props file is not needed.
 */
public final class HeidelTimeRunner {
    private static final Object INIT_LOCK = new Object();
    private static TypeSystemDescription typeSystem;

    private final Properties settings;
    private final boolean mappedPos;
    private final boolean filtered;
    private final ThreadLocal<Map<String, Worker>> workers = ThreadLocal.withInitial(HashMap::new);

    private record Worker(HeidelTime annotator, JCas jcas) {}

    /**
     * @param mappedPos give HeidelTime CoreNLP's tags mapped to TreeTagger's (else empty tags, its no-POS mode)
     * @param filtered  skip rules on sentences that cannot match them ({@link FilteringHeidelTime}): same output,
     *                  several times faster; false runs HeidelTime's annotator class untouched (the eval baseline)
     */
    public HeidelTimeRunner(boolean mappedPos, boolean filtered) {
        this.settings = loadSettings();
        this.mappedPos = mappedPos;
        this.filtered = filtered;
    }

    /** Filtered, with the POS mode named in heideltime.properties ({@code diurna.pos}). */
    public HeidelTimeRunner() {
        this(configuredMappedPos(), true);
    }

    /** True unless heideltime.properties says {@code diurna.pos=none}. */
    public static boolean configuredMappedPos() {
        return !"none".equals(loadSettings().getProperty("diurna.pos", "mapped"));
    }

    /** Timexes found by HeidelTime alone; offsets into {@code text}, rule = "heideltime:" + HeidelTime's rule name. */
    public List<Timex> run(String text, List<Sentence> sentences, String language, LocalDate dct) {
        // HeidelTime complains on stderr about a document without sentences: there is nothing to find anyway
        if (sentences.stream().allMatch(s -> s.tokens().isEmpty())) return List.of();
        Worker w = worker(language);
        JCas jcas = w.jcas();
        jcas.reset();
        jcas.setDocumentText(text);
        if (dct != null) {
            Dct d = new Dct(jcas);
            d.setValue(dct.toString());
            d.addToIndexes();
        }
        int tokenId = 0;
        for (Sentence s : sentences) {
            if (s.tokens().isEmpty()) continue;
            de.unihd.dbs.uima.types.heideltime.Sentence hs =
                    new de.unihd.dbs.uima.types.heideltime.Sentence(jcas, s.start(), s.end());
            hs.setSentenceId(s.index());
            hs.addToIndexes();
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                // the words of a contraction ("du" = de + le) share the surface span: HeidelTime gets the surface once
                int j = i;
                while (j + 1 < toks.size() && toks.get(j + 1).start() == t.start()) j++;
                de.unihd.dbs.uima.types.heideltime.Token ht =
                        new de.unihd.dbs.uima.types.heideltime.Token(jcas, t.start(), t.end());
                ht.setTokenId(tokenId++);
                ht.setSentId(s.index());
                ht.setPos(mappedPos ? pos(language, text.substring(t.start(), t.end()), toks, i, j) : "");
                ht.addToIndexes();
                i = j;
            }
        }
        w.annotator().process(jcas);
        List<Timex> out = new ArrayList<>();
        FSIterator<?> it = jcas.getAnnotationIndex(Timex3.type).iterator();
        while (it.hasNext()) {
            Timex3 t = (Timex3) it.next();
            out.add(new Timex(t.getBegin(), t.getEnd(), t.getCoveredText(), t.getTimexType(), t.getTimexValue(),
                    "heideltime:" + t.getFoundByRule()));
        }
        return out;
    }

    private static String pos(String language, String surface, List<Token> toks, int first, int last) {
        if (first == last) return TreeTaggerTags.of(language, surface, toks.get(first).pos());
        // "du", "au", "des": TreeTagger's French tag for a preposition fused with an article
        return "fr".equals(language) ? "PRP:det" : TreeTaggerTags.of(language, surface, toks.get(first).pos());
    }

    private Worker worker(String language) {
        return workers.get().computeIfAbsent(language, this::newWorker);
    }

    private Worker newWorker(String language) {
        synchronized (INIT_LOCK) {
            // HeidelTime.initialize sets the JVM's default locale (to UK when none is given): put it back
            Locale before = Locale.getDefault();
            try {
                StandaloneConfigContext ctx = new StandaloneConfigContext();
                for (String k : List.of("Date", "Time", "Duration", "Set", "Debugging", "ConvertDurations")) {
                    ctx.setConfigParameterValue(k, Boolean.parseBoolean(settings.getProperty(k, "Debugging".equals(k) ? "false" : "true")));
                }
                ctx.setConfigParameterValue("Language", heidelTimeLanguage(language));
                ctx.setConfigParameterValue("Type", settings.getProperty("Type", "news"));
                HeidelTime ht = filtered ? new FilteringHeidelTime() : new HeidelTime();
                ht.initialize(ctx);
                return new Worker(ht, CasCreationUtils.createCas(typeSystem(), null, null).getJCas());
            } catch (Exception e) {
                throw new IllegalStateException("cannot start HeidelTime for language '" + language + "'", e);
            } finally {
                Locale.setDefault(before);
            }
        }
    }

    static String heidelTimeLanguage(String language) {
        switch (language) {
            case "fr": return "french";
            case "en": return "english";
            default: throw new IllegalArgumentException("HeidelTime is not set up for language '" + language + "'");
        }
    }

    private TypeSystemDescription typeSystem() throws Exception {
        if (typeSystem == null) {
            String res = settings.getProperty("typeSystemHome", "desc/type/HeidelTime_TypeSystem.xml");
            java.net.URL url = HeidelTime.class.getClassLoader().getResource(res);
            if (url == null) throw new IllegalStateException("HeidelTime type system not on the classpath: " + res);
            typeSystem = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(url));
        }
        return typeSystem;
    }

    private static Properties loadSettings() {
        Properties p = new Properties();
        try (InputStream in = HeidelTimeRunner.class.getResourceAsStream("/org/diurna/time/heideltime.properties")) {
            if (in == null) throw new IllegalStateException("org/diurna/time/heideltime.properties is missing");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
