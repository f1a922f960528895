package org.diurna.actors.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diurna.actors.ActorDictionary;
import org.diurna.data.Keys;
import org.diurna.data.Tsv;
import org.diurna.model.Actor;
import org.diurna.model.Mention;
import org.diurna.model.Sentence;
import org.diurna.model.Token;
import org.diurna.places.Gazetteer;

/**
 * Role nouns ("les rebelles", "l'aviation russe", "le chef de la diplomatie russe") as actors. The country comes from
 * the pattern's demonym, else from the places of the sentence (not those acting as agents), else from the country the
 * article is most about. A role naming one person ("le président syrien") followed by that person's name refers to
 * that person.
 */
public final class RoleResolver {
    private final ActorDictionary dict;
    private final RoleMatcher matcher;
    private final Map<String, List<String>> conflictCues = new HashMap<>();
    /** Role words that never take a country from context ("jihadistes", "hommes armés"), normalised. */
    private final java.util.Set<String> noContext = new java.util.HashSet<>();

    public RoleResolver(ActorDictionary dict, Gazetteer places) {
        this.dict = dict;
        this.matcher = new RoleMatcher(dict);
        for (String lang : List.of("fr", "en")) {
            for (org.diurna.actors.RolePattern r : dict.roles(lang)) {
                if (!r.contextCountry() && !r.hasCountrySlot()) noContext.add(String.join(" ", r.tokens()));
            }
        }
        for (Tsv.Row r : Tsv.read(ActorDictionary.class, "conflict-cues.tsv", "stem", "lang")) {
            conflictCues.computeIfAbsent(r.get("lang"), k -> new ArrayList<>()).add(Keys.key(r.get("stem")));
        }
    }

    /** Role mentions of one sentence; their country may still be null (filled by {@link #resolveContext}). */
    public List<Mention> scan(Sentence s, List<Surface> words, String text, String lang, boolean[] taken) {
        boolean conflict = conflict(words, lang);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (taken[i]) continue;
            RoleMatcher.Match m = matcher.at(words, i, lang, taken);
            if (m == null) continue;
            String pos = s.token(words.get(i).token()).pos();
            // "une force armée": a one-word role read as a verb or a participle is no actor ("un chef jihadiste" is)
            if (m.length() == 1 && ("VERB".equals(pos) || "ADJ".equals(pos) && participle(words.get(i).text()))) continue;
            int start = words.get(i).start();
            int end = words.get(i + m.length() - 1).end();
            String sector = conflict && m.pattern().conflictSector() != null
                    ? m.pattern().conflictSector() : m.pattern().sector();
            Actor a = new Actor(null, text.substring(start, end), m.country(), sector, m.pattern().role());
            out.add(new Mention(start, end, text.substring(start, end), "GROUP", a, null, null, "role"));
            for (int k = i; k < i + m.length(); k++) taken[k] = true;
            i += m.length() - 1;
        }
        return out;
    }

    private boolean conflict(List<Surface> words, String lang) {
        List<String> cues = conflictCues.getOrDefault(lang, List.of());
        for (Surface w : words) {
            String k = Keys.key(w.text());
            for (String c : cues) if (k.startsWith(c)) return true;
        }
        return false;
    }

    /** A French past participle form: "armée", "armés". */
    private static boolean participle(String word) {
        String k = Keys.key(word);
        return k.endsWith("e") && word.endsWith("é") || word.endsWith("ée") || word.endsWith("és") || word.endsWith("ées");
    }

    /** Fills countries from context and links person roles to the name that follows them. */
    public List<Mention> resolveContext(List<Mention> sorted, List<Sentence> sentences, String text, String lang) {
        String dominant = Context.dominantCountry(sorted);
        List<Mention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            if (!"role".equals(m.how())) {
                Mention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
                out.add(apposedRole(inheritFromRole(m, out, text, dict), next, text, dominant));
                continue;
            }
            Actor a = m.actor();
            Mention after = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            if (a.country() == null && after != null && after.actor() != null && after.actor().country() != null
                    && ofPhrase(m, after, text) && !"GROUP".equals(after.type())) {
                // "le gouvernement de Viktor Orban", "le régime de Bachar al-Assad": whose it is
                a = new Actor(null, a.name(), after.actor().country(), a.sector(), a.role());
            }
            if (a.country() == null && !noContext(m.text())) {
                String c = demonymAfter(m, sentences, text);
                // "le régime", "les autorités": the government of the country the article is about; "des
                // manifestants", "les rebelles": of where the sentence is
                if (c == null && dominant != null && ("GOV".equals(a.sector()) || body(m.text()))) c = dominant;
                if (c == null) c = Context.nearPlaceCountry(m, sorted, sentences);
                a = new Actor(null, a.name(), c != null ? c : dominant, a.sector(), a.role());
            }
            Mention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            Mention before = out.isEmpty() ? null : out.get(out.size() - 1);
            // "European Community foreign ministers": several holders of an office are the body's, as "UN troops" are
            boolean members = !dict.isPersonRole(a.role()) || m.text().endsWith("s");
            if ("en".equals(lang) && members && before != null && before.actor() != null
                    && before.actor().sector() != null && "ORGANIZATION".equals(before.type())
                    && text.substring(Math.min(before.end(), m.start()), m.start()).equals(" ")) {
                // "UN troops", "Hamas fighters", "NATO forces": the English noun modifier names whose they are
                a = before.actor();
            } else if ("en".equals(lang) && before != null && "LOCATION".equals(before.type()) && before.actor() != null
                    && before.actor().country() != null
                    && text.substring(Math.min(before.end(), m.start()), m.start()).equals(" ")) {
                // "one U.S. soldier", "Iraq war veterans": a country name as noun modifier is the role's country
                a = new Actor(null, a.name(), before.actor().country(), a.sector(), a.role());
            } else if (!dict.isPersonRole(a.role()) && next != null && next.actor() != null && next.actor().sector() != null
                    && "ORGANIZATION".equals(next.type()) && ofPhrase(m, next, text)) {
                // "des combattants d'Al-Qaïda", "les membres du Hamas": people of a group are that group
                a = next.actor();
            } else if (dict.isPersonRole(a.role()) && next != null && "PERSON".equals(next.type()) && next.actor() != null
                    && next.actor().country() != null && adjacent(m, next, text)) {
                a = next.actor();
            } else if (dict.isPersonRole(a.role()) && next != null && i + 2 < sorted.size() && ofPhrase(m, next, text)
                    && "PERSON".equals(sorted.get(i + 2).type()) && sorted.get(i + 2).actor() != null
                    && sorted.get(i + 2).actor().id() != null && adjacent(next, sorted.get(i + 2), text)) {
                // "le président de la Catalogne Carles Puigdemont": the name after the role's complement is the holder
                a = sorted.get(i + 2).actor();
            } else if (dict.isPersonRole(a.role()) && next != null && "ORGANIZATION".equals(next.type())
                    && next.actor() != null && next.actor().sector() != null && ofPhrase(m, next, text)) {
                // "le secrétaire général du CNDD-FDD", "le porte-parole de l'ONU": an office of a body acts for it
                a = new Actor(null, a.name(), next.actor().country(), next.actor().sector(), a.role());
            }
            if (dict.isPersonRole(a.role()) && a.id() == null) a = holder(a, out);
            String seat = dict.isPersonRole(a.role()) || !body(m.text()) ? null : seatCountry(m, after, text);
            if (seat != null) {
                // "le parquet de Paris", "la police du Kent", "le tribunal correctionnel de Paris": a body named by
                // the place it sits in is one name, of that place's country
                String name = text.substring(m.start(), after.end());
                Actor at = new Actor(null, name, seat, a.sector(), a.role());
                out.add(new Mention(m.start(), after.end(), name, m.type(), at, null, null, "role"));
                continue;
            }
            out.add(new Mention(m.start(), m.end(), m.text(), m.type(), a, null, null, "role"));
        }
        return out;
    }

    /**
     * "Donald Trump … le dirigeant américain": a role naming one person refers to the person of that country and
     * sector the article last named with that role (or any role, when the role is the head of state or government).
     */
    private static Actor holder(Actor role, List<Mention> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention p = before.get(i);
            Actor x = p.actor();
            if (!"PERSON".equals(p.type()) || x == null || x.id() == null) continue;
            if (java.util.Objects.equals(x.country(), role.country()) && java.util.Objects.equals(x.sector(), role.sector())
                    && java.util.Objects.equals(x.role(), role.role())) {
                return x;
            }
        }
        return role;
    }

    /** A role noun in the singular names a body ("l'armée", "l'État-major", "la police"), not people. */
    private static boolean body(String text) {
        String head = RoleMatcher.bare(text).split(" ")[0];
        return !head.endsWith("s") && !head.endsWith("x");
    }

    /** A role named so never takes its country from context ("des jihadistes", "des hommes armés"). */
    private boolean noContext(String text) {
        String b = RoleMatcher.bare(text);
        if (noContext.contains(b)) return true;
        String[] ws = b.split(" ");
        for (int i = 0; i < ws.length; i++) if (ws[i].endsWith("s")) ws[i] = ws[i].substring(0, ws[i].length() - 1);
        return noContext.contains(String.join(" ", ws));
    }

    /** "l'aviation et l'artillerie turques": a demonym a few words on, before any verb or comma, also applies. */
    private String demonymAfter(Mention m, List<Sentence> sentences, String text) {
        for (Sentence s : sentences) {
            if (m.start() < s.start() || m.end() > s.end()) continue;
            int seen = 0;
            for (Token t : s.tokens()) {
                if (t.start() < m.end()) continue;
                // "le régime et ses alliés russes": a demonym after a conjunction is its conjunct's, not the role's
                if (t.isVerbal() || t.word().equals(",") || t.deprel().equals("cc") || ++seen > 5) return null;
                String c = dict.demonym(t.word());
                if (c != null && t.pos().equals("ADJ")) return c;
            }
        }
        return null;
    }

    /** An unknown person right after a role ("le président syrien X") takes the role's code. */
    private static Mention inheritFromRole(Mention m, List<Mention> before, String text, ActorDictionary dict) {
        if (!"PERSON".equals(m.type()) || m.actor() == null || m.actor().country() != null || before.isEmpty()) {
            return m;
        }
        Mention prev = before.get(before.size() - 1);
        if (!"role".equals(prev.how()) || !adjacent(prev, m, text) || !dict.isPersonRole(prev.actor().role())) return m;
        Actor r = prev.actor();
        return new Mention(m.start(), m.end(), m.text(), m.type(),
                new Actor(null, m.text(), r.country(), r.sector(), r.role()), null, null, "ner+role");
    }

    /**
     * "le Front de salut national, coalition d'opposition,": an organisation the dictionary does not know takes the
     * sector (and country) of the role noun in its apposition.
     */
    private static Mention apposedRole(Mention m, Mention next, String text, String dominant) {
        if (!"ORGANIZATION".equals(m.type()) || m.actor() == null || m.actor().sector() != null || next == null
                || !"role".equals(next.how()) || next.actor() == null || next.actor().sector() == null) {
            return m;
        }
        if (next.start() < m.end() || !text.substring(m.end(), next.start()).matches("\\s*,\\s*[\\p{L}'’ ]{0,30}")) return m;
        Actor r = next.actor();
        String country = r.country() != null ? r.country() : dominant;
        return new Mention(m.start(), m.end(), m.text(), m.type(), new Actor(null, m.text(), country, r.sector(), null),
                null, null, "ner+role");
    }

    /**
     * The country of the place a body's name ends with ("le parquet de Paris", "la cour d'appel de Paris", "le
     * tribunal correctionnel de Paris"): {@code place} is a place name right after the body's noun, its qualifiers and
     * "de"; null otherwise.
     */
    private static final java.util.regex.Pattern SEAT_GAP =
            java.util.regex.Pattern.compile(" ([\\p{L}-]+ |d'[\\p{L}-]+ ){0,2}(de |d'|du |des |de l'|de la )");

    private static String seatCountry(Mention body, Mention place, String text) {
        if (place == null || !"LOCATION".equals(place.type()) || place.start() < body.end()
                || place.start() - body.end() > 24) return null;
        String country = place.place() != null ? place.place().country()
                : place.actor() != null ? place.actor().country() : null;
        if (country == null) return null;
        String gap = text.substring(body.end(), place.start()).replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT);
        if (!SEAT_GAP.matcher(gap).matches()) return null;
        // the words between are the body's qualifiers ("correctionnel", "d'appel"), never a verb: "l'opposition
        // vénézuélienne exige de Caracas" names no body of Caracas
        String[] ws = gap.trim().split(" ");
        for (int i = 0; i < ws.length - 1; i++) {
            if (org.diurna.morph.Morphology.of("fr").verb(ws[i].replaceFirst("^d'", "")) != null) return null;
        }
        return country;
    }

    /** "X de Y", "X d'Y", "X du Y", "X des Y": b is the noun complement of a. */
    private static boolean ofPhrase(Mention a, Mention b, String text) {
        if (b.start() < a.end() || b.start() - a.end() > 20) return false;
        String gap = text.substring(a.end(), b.start()).replace('\u2019', '\'').trim().toLowerCase(java.util.Locale.ROOT);
        // "des combattants d'Al-Qaïda", "16 djihadistes présumés du Front al-Nosra"
        return gap.matches("(\\p{L}+ )?(de|d'|du|des|de l'|de la)");
    }

    static boolean adjacent(Mention a, Mention b, String text) {
        if (b.start() < a.end()) return false;
        String gap = text.substring(a.end(), b.start());
        return gap.length() <= 3 && gap.chars().allMatch(c -> c == ' ' || c == ',');
    }

    static boolean isAgent(Token t) {
        return t.deprel().startsWith("nsubj") || t.deprel().equals("obl:agent");
    }
}
