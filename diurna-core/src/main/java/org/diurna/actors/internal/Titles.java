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
    private static final int WINDOW = 10;
    /** The sector of a title that codes a person only through the body it names ("directeur de la FIDH"). */
    private static final String BODY = "body";
    /** How a mention coded by its title says so ({@link Mention#how()}). */
    public static final String TITLED = "ner+title";
    /** Words a title may follow in an apposition ("le tout récent secrétaire général"). */
    private static final int MAX_SKIP = 3;
    private record Title(List<String> words, String lang, String sector) {}

    private final ActorDictionary dict;
    private final List<Title> titles = new ArrayList<>();
    private final java.util.Set<String> former = new java.util.HashSet<>();

    public Titles(ActorDictionary dict) {
        this.dict = dict;
        for (Tsv.Row r : Tsv.readOptional(ActorDictionary.class, "titles.tsv", "word", "lang", "sector")) {
            // sector "-": a word saying the office is past ("ancien"), which codes nobody
            if ("-".equals(r.get("sector"))) former.add(Keys.key(r.get("word")));
            else titles.add(new Title(List.of(Keys.key(r.get("word")).split(" ")), r.get("lang"), r.get("sector")));
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
        if (!"PERSON".equals(m.type()) || m.actor() == null) return m;
        // a known person before any of their terms (no role on the article's day: "Évariste Ndayishimiye, secrétaire
        // général du CNDD-FDD" in 2016, president from 2020) is what the text's title says
        boolean preTerm = m.actor().id() != null && m.actor().role() == null;
        if (!preTerm && (m.actor().country() != null || m.actor().id() != null)) return m;
        List<Token> tokens = new ArrayList<>();
        for (Token t : s.tokens()) if (t.end() <= m.start()) tokens.add(t);
        String country = null;
        String sector = null;
        int windowStart = -1;
        int titleStart = -1;
        List<String> keys = new ArrayList<>();
        boolean bracketed = false;
        for (int i = tokens.size() - 1, n = 0; i >= 0 && n < WINDOW; i--) {
            Token t = tokens.get(i);
            if (t.isVerbal() || t.word().equals(".") || t.word().equals(";")) break;
            // "le dirigeant de l'Autorité des technologies de communication et d'information (BTK) X": the words of a
            // body already named and a bracketed acronym take no room in the window
            if (t.word().equals(")")) bracketed = true;
            if (!bracketed && !named(before, t)) n++;
            if (t.word().equals("(")) bracketed = false;
            windowStart = t.start();
            if (country == null) country = dict.demonym(t.word());
            // a token key may hold several words ("porte-parole" is "porte parole"): match titles word by word
            List<String> ws = List.of(Keys.key(t.word()).split(" "));
            keys.addAll(0, ws);
            for (Title title : titles) {
                // "opposition leader": a title of its own that holds a bodiless one ("leader") says more
                boolean better = sector == null || BODY.equals(sector) && !BODY.equals(title.sector());
                if (better && title.lang().equals(lang) && startsWith(keys, title.words())) {
                    sector = title.sector();
                    titleStart = t.start();
                }
            }
        }
        if (sector == null && (country == null || preTerm) || BODY.equals(sector) && windowStart < 0) {
            return apposed(m, s, lang, dominant, before);
        }
        if (BODY.equals(sector)) {
            // "le chef de la police de Libreville, X": the body the title names gives the code, else nothing does;
            // the body after the title first, not a place before it ("Burundi : le patron du CNDD-FDD, X")
            Mention body = body(before, titleStart, m.start());
            // "U.N. mediator Diego Cordovez": in English the body comes before its title
            if (body == null) body = body(before, windowStart, m.start());
            if (body == null || "LOCATION".equals(body.type()) || body.actor().sector() == null) {
                return apposed(m, s, lang, dominant, before);
            }
            return new Mention(m.start(), m.end(), m.text(), m.type(), new Actor(m.actor().id(), m.actor().name(),
                    body.actor().country(), body.actor().sector(), null), null, null, TITLED);
        }
        if (country == null && windowStart >= 0) {
            for (Mention x : before) {
                if (x.start() >= windowStart && x.end() <= m.start() && x.actor() != null && x.actor().country() != null
                        && !"PERSON".equals(x.type())) country = x.actor().country();
            }
        }
        if (country == null) country = dominant;
        return new Mention(m.start(), m.end(), m.text(), m.type(),
                new Actor(m.actor().id(), m.actor().name(), country, sector, null), null, null, TITLED);
    }

    /**
     * "Joseph Butore, second vice-président du Burundi,", "X, porte-parole de l'armée rwandaise": a title in the
     * apposition right after the name. The body or country named in the apposition gives the code (the army's
     * spokesman speaks for the army); else a demonym there; else the title's sector in the article's country.
     * A former office ("ancien ministre") codes nobody.
     */
    private Mention apposed(Mention m, Sentence s, String lang, String dominant, List<Mention> mentions) {
        List<Token> after = new ArrayList<>();
        for (Token t : s.tokens()) if (t.start() >= m.end()) after.add(t);
        if (after.isEmpty()) return m;
        // "X, porte-parole de…", or without the comma when the parser hangs the title on the name ("Évariste
        // Ndayishimiye le tout récent secrétaire général du CNDD-FDD critique…")
        // "Pascal Barandagiye (ministre de l'Intérieur)": a bracketed title is an apposition too
        String open = after.get(0).word();
        int first = open.equals(",") || open.equals("(") ? 1 : apposedTo(m, s, after) ? 0 : -1;
        if (first < 0) return m;
        int end = after.size();
        for (int i = first; i < after.size(); i++) {
            Token t = after.get(i);
            // "X, chargé de mission de l'Élysée,": a participle may open the title, never continue it
            if (t.isVerbal() && i > first || t.word().equals(",") || t.word().equals(".") || t.word().equals(";")
                    || t.word().equals(")") || i > WINDOW) {
                end = i;
                break;
            }
        }
        List<String> keys = new ArrayList<>();
        for (int i = first; i < end; i++) keys.addAll(List.of(Keys.key(after.get(i).word()).split(" ")));
        if (keys.isEmpty() || former.contains(keys.get(0)) || keys.size() > 1 && former.contains(keys.get(1))) return m;
        String sector = null;
        for (int skip = 0; skip <= MAX_SKIP && sector == null && skip < keys.size(); skip++) {
            List<String> rest = keys.subList(skip, keys.size());
            for (Title title : titles) {
                if (title.lang().equals(lang) && startsWith(rest, title.words())) {
                    sector = title.sector();
                    break;
                }
            }
        }
        if (sector == null) return m;
        int windowEnd = end < after.size() ? after.get(end).start() : s.end();
        String country = null;
        Mention body = body(mentions, m.end(), windowEnd);
        if (body != null) {
            country = body.actor().country();
            // "de l'armée rwandaise", "du Parti démocratique": a body speaks through its officials
            if (!"LOCATION".equals(body.type()) && body.actor().sector() != null) sector = body.actor().sector();
        }
        // "directeur", "président": a title that says nothing of its own codes only through the body it names
        if (BODY.equals(sector)) return m;
        boolean international = body != null && body.actor().country() == null;
        for (int i = first; i < end && country == null && !international; i++) {
            country = dict.demonym(after.get(i).word());
        }
        if (country == null && !international) country = dominant;
        return new Mention(m.start(), m.end(), m.text(), m.type(),
                new Actor(m.actor().id(), m.actor().name(), country, sector, null), null, null, TITLED);
    }

    /**
     * The body or place a title's phrase between {@code from} and {@code to} names: the first one with a country,
     * passing over other people and person roles ("président du Parti démocratique": the party, not the head of state
     * the word "président" alone would be).
     */
    private Mention body(List<Mention> mentions, int from, int to) {
        Mention role = null;
        for (Mention x : mentions) {
            // an international body has a sector and no country ("de la FIDH", "de l'ONU")
            if (x.start() < from || x.end() > to || x.actor() == null || "PERSON".equals(x.type())
                    || x.actor().country() == null && (x.actor().sector() == null || "LOCATION".equals(x.type()))) {
                continue;
            }
            if (!dict.isPersonRole(x.actor().role())) return x;
            // "X, chef de l'armée tchadienne,": the office itself, when the phrase names no other body
            if (role == null) role = x;
        }
        return role;
    }

    /** True when the token lies inside a named body (an organisation of the dictionary or a role with its sector). */
    private static boolean named(List<Mention> mentions, Token t) {
        for (Mention x : mentions) {
            if (x.start() <= t.start() && t.end() <= x.end() && x.actor() != null && !"PERSON".equals(x.type())
                    && !"LOCATION".equals(x.type())) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the first words after the name is an apposition the parser hangs on the name. */
    private static boolean apposedTo(Mention m, Sentence s, List<Token> after) {
        for (int i = 0; i < Math.min(4, after.size()); i++) {
            Token t = after.get(i);
            if (!t.deprel().equals("appos") || t.head() < 0) continue;
            Token h = s.token(t.head());
            if (h.start() >= m.start() && h.end() <= m.end()) return true;
        }
        return false;
    }

    /** True when the window's words begin with the title's words ("porte parole" in "porte parole de le ..."). */
    private static boolean startsWith(List<String> keys, List<String> title) {
        String win = String.join(" ", keys).replace("' ", "'");
        String t = String.join(" ", title).replace("' ", "'");
        return win.equals(t) || win.startsWith(t + " ");
    }
}
