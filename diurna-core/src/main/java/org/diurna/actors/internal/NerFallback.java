package org.diurna.actors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diurna.model.Actor;
import org.diurna.model.Mention;
import org.diurna.model.Place;
import org.diurna.model.Sentence;
import org.diurna.model.Token;
import org.diurna.places.Gazetteer;

/**
 * Names the dictionary does not know, as the statistical NER tagged them: unknown people become actors with a name
 * and no code yet (an apposition may give them one), unknown places are looked up in the gazetteer.
 */
public final class NerFallback {
    /** Courtesy titles the NER often includes in a person's span. */
    private static final Set<String> TITLES = Set.of("M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Mgr", "Dr", "Pr",
            "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr.", "Sir");

    private NerFallback() {}

    public static List<Mention> scan(Sentence s, List<Surface> words, String text, boolean[] taken, Gazetteer places) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String tag = nerClass(s.token(words.get(i).token()));
            if (taken[i] || tag == null || TITLES.contains(words.get(i).text())) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.size() && !taken[j + 1] && tag.equals(nerClass(s.token(words.get(j + 1).token())))
                    && Character.isLetterOrDigit(words.get(j + 1).text().charAt(0))) j++;
            // the tagger marks articles of a name ("La marine") as part of a place: a name has a noun in it
            boolean named = false;
            for (int k = i; k <= j; k++) {
                String pos = s.token(words.get(k).token()).pos();
                // French tags are universal (PROPN, NOUN), English ones Penn Treebank (NNP, NN)
                named |= "PROPN".equals(pos) || "NOUN".equals(pos) || pos != null && pos.startsWith("NN");
            }
            if (!named) {
                i = j + 1;
                continue;
            }
            int start = words.get(i).start();
            int end = words.get(j).end();
            String surface = text.substring(start, end);
            Mention m = mention(tag, surface, start, end, places);
            if (m != null) {
                out.add(m);
                for (int k = i; k <= j; k++) taken[k] = true;
            }
            i = j + 1;
        }
        return out;
    }

    private static Mention mention(String tag, String surface, int start, int end, Gazetteer places) {
        if (!Character.isUpperCase(surface.codePointAt(0))) return null;
        return switch (tag) {
            case "PER" -> new Mention(start, end, surface, "PERSON", new Actor(null, surface, null, null, null), null,
                    null, "ner");
            case "ORG" -> new Mention(start, end, surface, "ORGANIZATION", new Actor(null, surface, null, null, null),
                    null, null, "ner");
            // a place the gazetteer does not know is still a place (with no coordinates)
            case "LOC" -> new Mention(start, end, surface, "LOCATION", null, places.lookup(surface), null, "ner");
            default -> null;
        };
    }

    /** PER, LOC, ORG or MISC from CoreNLP's French (I-PER) or English (PERSON) tags; null for O. */
    static String nerClass(Token t) {
        String n = t.ner();
        if (n == null || n.equals("O")) return null;
        if (n.startsWith("I-") || n.startsWith("B-")) n = n.substring(2);
        return switch (n) {
            case "PER", "PERSON" -> "PER";
            case "LOC", "LOCATION" -> "LOC";
            case "ORG", "ORGANIZATION" -> "ORG";
            default -> null;
        };
    }
}
