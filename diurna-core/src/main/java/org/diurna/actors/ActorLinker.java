package org.diurna.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.diurna.actors.internal.Anaphora;
import org.diurna.actors.internal.Coordination;
import org.diurna.actors.internal.NameScanner;
import org.diurna.actors.internal.NerFallback;
import org.diurna.actors.internal.RoleResolver;
import org.diurna.actors.internal.Surface;
import org.diurna.model.Mention;
import org.diurna.model.Sentence;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Stage;
import org.diurna.places.Gazetteer;
import org.diurna.text.PreparedText;

/**
 * Finds every mention of an actor or place and resolves it: dictionary names first (they override the NER type),
 * then generic role nouns, then what the NER alone found; then coordinations ("MM. Macron et Scholz" = two actors),
 * plural anaphora ("les deux dirigeants"), subject pronouns and definite descriptions ("l'agence").
 */
public final class ActorLinker implements Stage {
    private final ActorDictionary dict;
    private final Gazetteer places;
    private final NameScanner names;
    private final RoleResolver roles;
    private final Anaphora anaphora;
    private final org.diurna.actors.internal.Titles titles;

    public ActorLinker(ActorDictionary dict, Gazetteer places) {
        this.dict = dict;
        this.places = places;
        this.names = new NameScanner(dict, places);
        this.roles = new RoleResolver(dict, places);
        this.anaphora = Anaphora.load();
        this.titles = new org.diurna.actors.internal.Titles(dict);
    }

    public ActorLinker() {
        this(ActorDictionary.shared(), Gazetteer.shared());
    }

    @Override public Set<Layer<?>> requires() { return Set.of(Layers.PREPARED, Layers.LANGUAGE, Layers.SENTENCES); }

    @Override public Set<Layer<?>> provides() { return Set.of(Layers.MENTIONS); }

    @Override public Document apply(Document doc) {
        PreparedText prep = doc.get(Layers.PREPARED);
        String text = prep.analysisText();
        String lang = doc.get(Layers.LANGUAGE);
        LocalDate on = doc.article().published();
        List<Sentence> sentences = doc.get(Layers.SENTENCES);
        List<List<Surface>> words = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        List<Mention> found = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Surface> ws = Surface.of(s, text);
            boolean[] t = new boolean[ws.size()];
            found.addAll(names.scan(ws, text, on, t));
            words.add(ws);
            taken.add(t);
        }
        List<Mention> pending = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            pending.addAll(anaphora.scan(sentences.get(i), words.get(i), lang, taken.get(i)));
            found.addAll(roles.scan(sentences.get(i), words.get(i), text, lang, taken.get(i)));
            found.addAll(NerFallback.scan(sentences.get(i), words.get(i), text, taken.get(i), places));
        }
        found.sort(Comparator.comparingInt(Mention::start));
        found = roles.resolveContext(found, sentences, text, lang);
        found = titled(found, sentences, lang);
        found = org.diurna.actors.internal.NameCoreference.resolve(found);
        found.addAll(Coordination.find(found, sentences));
        found.addAll(anaphora.resolve(pending, found, sentences, lang));
        if (prep.creditSpan() != null) found.addAll(credit(prep, doc.text(), on));
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.end()));
        return doc.with(Layers.MENTIONS, List.copyOf(found));
    }

    private List<Mention> titled(List<Mention> found, List<Sentence> sentences, String lang) {
        List<Mention> out = new ArrayList<>(found.size());
        String dominant = org.diurna.actors.internal.Titles.dominantCountry(found);
        for (Mention m : found) {
            Sentence s = sentences.stream().filter(x -> x.start() <= m.start() && m.end() <= x.end()).findFirst()
                    .orElse(null);
            out.add(s == null ? m : titles.code(m, s, lang, dominant, found));
        }
        return out;
    }

    /** The credited agency, from the boilerplate: an entity, never a participant. */
    private List<Mention> credit(PreparedText prep, String original, LocalDate on) {
        String name = prep.creditSpan().of(original);
        List<NameEntry> es = dict.lookup(name);
        if (es.isEmpty()) return List.of();
        return List.of(new Mention(prep.creditSpan().start(), prep.creditSpan().end(), name, "ORGANIZATION",
                ActorDictionary.resolve(es, on), null, null, "credit"));
    }
}
