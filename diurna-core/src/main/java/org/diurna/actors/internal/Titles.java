package org.diurna.actors.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.actors.ActorDictionary;
import org.diurna.data.Keys;
import org.diurna.data.Tsv;
import org.diurna.model.Actor;
import org.diurna.model.Mention;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/**
 * Unknown people named with their title ({@code titles.tsv}): "le conseiller à la sécurité nationale américain, Jake
 * Sullivan" is a US government official. The title word gives the sector, a demonym of the same phrase the country.
 */
public final class Titles {
    private static final int WINDOW = 8;
    private record Title(List<String> words, String lang, String sector) {}

    private final ActorDictionary dict;
    private final List<Title> titles = new ArrayList<>();

    public Titles(ActorDictionary dict) {
        this.dict = dict;
        for (Tsv.Row r : Tsv.readOptional(ActorDictionary.class, "titles.tsv", "word", "lang", "sector")) {
            titles.add(new Title(List.of(Keys.key(r.get("word")).split(" ")), r.get("lang"), r.get("sector")));
        }
    }

    /** The country the article's places are most in (see {@link Context#dominantCountry}). */
    public static String dominantCountry(List<Mention> mentions) {
        return Context.dominantCountry(mentions);
    }

    /**
     * The mention, coded from the words before it when it is a person the dictionary does not know; a title without a
     * demonym ("le ministre de la Sécurité publique, X") gives the country the article is most about.
     */
    public Mention code(Mention m, Sentence s, String lang, String dominant) {
        return code(m, s, lang, dominant, List.of());
    }

    /**
     * As {@link #code(Mention, Sentence, String, String)}; an actor named in the title's phrase ("le porte-parole du
     * département d'État, John Kirby") gives the country when no demonym does.
     */
    public Mention code(Mention m, Sentence s, String lang, String dominant, List<Mention> before) {
        if (!"PERSON".equals(m.type()) || m.actor() == null || m.actor().country() != null) return m;
        List<Token> tokens = new ArrayList<>();
        for (Token t : s.tokens()) if (t.end() <= m.start()) tokens.add(t);
        String country = null;
        String sector = null;
        int windowStart = -1;
        for (int i = tokens.size() - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
            Token t = tokens.get(i);
            if (t.isVerbal() || t.word().equals(".") || t.word().equals(";")) break;
            windowStart = t.start();
            String w = Keys.key(t.word());
            if (country == null) country = dict.demonym(t.word());
            for (Title title : titles) {
                if (sector == null && title.lang().equals(lang) && title.words().get(0).equals(w)) sector = title.sector();
            }
        }
        if (country == null && sector == null) return m;
        if (country == null && windowStart >= 0) {
            for (Mention x : before) {
                if (x.start() >= windowStart && x.end() <= m.start() && x.actor() != null && x.actor().country() != null
                        && !"PERSON".equals(x.type())) country = x.actor().country();
            }
        }
        if (country == null) country = dominant;
        return new Mention(m.start(), m.end(), m.text(), m.type(),
                new Actor(null, m.actor().name(), country, sector, null), null, null, "ner+title");
    }
}
