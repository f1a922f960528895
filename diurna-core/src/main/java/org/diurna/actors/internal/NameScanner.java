package org.diurna.actors.internal;

import org.diurna.data.Keys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diurna.actors.ActorDictionary;
import org.diurna.actors.NameEntry;
import org.diurna.model.Actor;
import org.diurna.model.Mention;
import org.diurna.model.Place;
import org.diurna.places.Gazetteer;

/**
 * Finds the longest dictionary or gazetteer name starting at each surface word, left to right. The actor dictionary
 * is asked first: a name it knows is an actor whatever the NER said.
 */
public final class NameScanner {
    private final ActorDictionary dict;
    private final Gazetteer places;

    public NameScanner(ActorDictionary dict, Gazetteer places) {
        this.dict = dict;
        this.places = places;
    }

    /** Named mentions of one sentence; {@code taken[i]} is set for the surface words they cover. */
    public List<Mention> scan(List<Surface> words, String text, LocalDate on, boolean[] taken) {
        List<Mention> out = new ArrayList<>();
        int max = Math.max(dict.maxWords(), places.maxWords()) + 2;
        for (int i = 0; i < words.size(); i++) {
            if (taken[i]) continue;
            // "le département d'État", "la télévision d'État iranienne": a name may begin with a lower-case word
            // when a capitalised word follows inside it
            boolean lower = !Character.isUpperCase(words.get(i).text().codePointAt(0));
            if (lower && (!Character.isLetter(words.get(i).text().codePointAt(0))
                    || !dict.mayStartLowerCaseName(words.get(i).text()))) continue;
            String article = i > 0 ? contractedArticle(words.get(i - 1).text()) : null;
            for (int j = Math.min(words.size(), i + max) - 1; j >= i; j--) {
                // a lower-case name is one word ("talibans") or holds a capitalised word ("département d'État")
                if (lower && j > i && !capitalisedAfter(words, i, j)) continue;
                String surface = text.substring(words.get(i).start(), words.get(j).end());
                Mention m = name(surface, words.get(i).start(), words.get(j).end(), on);
                if (m == null && article != null) m = titled(surface, article, words.get(i).start(), words.get(j).end(), on);
                if (m != null && "demonym".equals(m.how()) && adjectival(surface, words, j)) continue;
                if (m != null && i == j && (firstName(m, words, j, text, on) || surname(m, words, i, taken))) continue;
                if (m != null) {
                    out.add(m);
                    for (int k = i; k <= j; k++) taken[k] = true;
                    i = j;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean capitalisedAfter(List<Surface> words, int i, int j) {
        if (j == i) return false;
        for (int k = i + 1; k <= j; k++) if (Character.isUpperCase(words.get(k).text().codePointAt(0))) return true;
        return false;
    }

    /**
     * "Dominique Lebrun", "Israël Katz": a one-word country name right before an unknown capitalised word is a first
     * name, not the country. So is a known person's one-word name: "Abbas Akhoundi", Iran's minister, is not Mahmoud
     * Abbas.
     */
    private boolean firstName(Mention m, List<Surface> words, int j, String text, LocalDate on) {
        boolean country = "LOCATION".equals(m.type()) && m.actor() != null && m.actor().id() != null
                && m.actor().id().startsWith("country:");
        boolean person = "PERSON".equals(m.type()) && m.actor() != null;
        if (!(country || person) || j + 1 >= words.size()) return false;
        Surface next = words.get(j + 1);
        if (next.start() != words.get(j).end() + 1 || !Character.isUpperCase(next.text().codePointAt(0))) return false;
        // "l'administration Obama", "Obama Administration": a common word after a person's name is no surname
        if (person && org.diurna.morph.Morphology.of("fr").noun(next.text().toLowerCase(java.util.Locale.ROOT)) != null) {
            return false;
        }
        return name(next.text(), next.start(), next.end(), on) == null;
    }

    /**
     * "Paul London", "Air France": a one-word place name right after a capitalised word that is no name of its own
     * (neither the sentence's first word nor an article) is part of another name. So is a known person's surname
     * after a first name that is not theirs ("Willy Nyamitwe" is not his brother Alain Aimé Nyamitwe).
     */
    private static boolean surname(Mention m, List<Surface> words, int i, boolean[] taken) {
        boolean otherPerson = "PERSON".equals(m.type()) && m.actor() != null
                && !Keys.key(m.actor().name()).contains(Keys.key(words.get(i - Math.min(i, 1)).text()));
        if (!"LOCATION".equals(m.type()) && !otherPerson || i < 2 || taken[i - 1]) return false;
        Surface prev = words.get(i - 1);
        // "« La Chine »": a capitalised article is no name
        if (RoleMatcher.bare(prev.text()).isEmpty()) return false;
        return prev.end() + 1 == words.get(i).start() && Character.isUpperCase(prev.text().codePointAt(0))
                && Character.isLetter(prev.text().codePointAt(prev.text().length() - 1));
    }

    /**
     * English demonyms are capitalised adjectives too: "Russian forces", "the Israeli army" are no people (the role
     * patterns "{DEM} forces" read them); a singular demonym followed by a word is an adjective.
     */
    private static boolean adjectival(String surface, List<Surface> words, int j) {
        if (surface.endsWith("s") || j + 1 >= words.size()) return false;
        String next = words.get(j + 1).text();
        return !next.isEmpty() && Character.isLetter(next.codePointAt(0));
    }

    /**
     * The article a contracted one holds ("du" = de + le, "au", "des", "aux"), or null: after it, a title that begins
     * with its article ("Le Monde", "Les Échos") is written without it ("un article du Monde").
     */
    private static String contractedArticle(String word) {
        String article = CONTRACTED.get(org.diurna.data.Keys.key(word));
        return article == null ? null : article + " ";
    }

    /** Contracted article → the article it holds ({@code contracted-articles.tsv}). */
    private static final java.util.Map<String, String> CONTRACTED = org.diurna.data.Tsv.read(
            org.diurna.actors.ActorDictionary.class, "contracted-articles.tsv", "word", "lang", "article", "example")
            .stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                    r -> org.diurna.data.Keys.key(r.get("word")), r -> r.get("article")));

    /** The organisation a title names when its article is given back ("Monde" after "du" is "Le Monde"), or null. */
    private Mention titled(String surface, String article, int start, int end, LocalDate on) {
        if (!Character.isUpperCase(surface.codePointAt(0))) return null;
        Mention m = name(article + surface, start, end, on);
        if (m == null || !"ORGANIZATION".equals(m.type())) return null;
        return new Mention(start, end, surface, m.type(), m.actor(), m.place(), m.members(), m.how());
    }

    private Mention name(String surface, int start, int end, LocalDate on) {
        List<NameEntry> entries = dict.lookup(surface);
        // a word in lower case is a place or a people ("nord-coréen" is an adjective) only when capitalised
        boolean lower = !Character.isUpperCase(surface.codePointAt(0));
        if (lower && entries.isEmpty()) return null;
        Place place = places.lookup(surface);
        if (!entries.isEmpty()) {
            Actor a = ActorDictionary.resolve(entries, on);
            NameEntry.Kind kind = entries.get(0).kind();
            String type = switch (kind) {
                case PERSON -> "PERSON";
                case COUNTRY, CAPITAL -> "LOCATION";
                default -> "ORGANIZATION";
            };
            if (kind == NameEntry.Kind.COUNTRY && place == null) place = places.country(a.country());
            return new Mention(start, end, surface, type, a, type.equals("LOCATION") ? place : null, null,
                    "dictionary");
        }
        if (place != null) {
            return new Mention(start, end, surface, "LOCATION", null, place, null, "gazetteer");
        }
        String people = surface.indexOf(' ') < 0 ? dict.demonym(surface) : null;
        if (people != null) {
            // "des milliers d'Israéliens": a capitalised demonym is the country's people
            return new Mention(start, end, surface, "GROUP", new Actor(null, surface, people, "CVL", null), null, null,
                    "demonym");
        }
        return null;
    }
}
