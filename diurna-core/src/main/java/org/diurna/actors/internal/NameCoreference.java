package org.diurna.actors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diurna.data.Keys;
import org.diurna.model.Mention;

/**
 * "Jean Ping … M. Ping", "Carles Puigdemont … Puigdemont": a person the dictionary does not know, named by the last
 * part of a name the article gives in full elsewhere (or by that full name again), is that person.
 */
public final class NameCoreference {
    /** Courtesy titles before a surname. */
    private static final Set<String> TITLES = Set.of("m.", "mm.", "mme", "mmes", "mlle", "mr", "mr.", "mrs", "ms", "dr");

    private NameCoreference() {}

    public static List<Mention> resolve(List<Mention> mentions) {
        // "le patron du CNDD-FDD, Évariste Ndayishimiye, …": a known person out of any term the dictionary has for
        // the article's day is, all through the article, what the text's title made them once
        java.util.Map<String, org.diurna.model.Actor> titled = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (Titles.TITLED.equals(m.how()) && m.actor() != null && m.actor().id() != null) {
                titled.putIfAbsent(m.actor().id(), m.actor());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            org.diurna.model.Actor t = m.actor() == null || m.actor().role() != null ? null : titled.get(m.actor().id());
            out.add(t != null ? new Mention(m.start(), m.end(), m.text(), m.type(), t, m.place(), m.members(), "name")
                    : resolve(m, mentions));
        }
        return out;
    }

    private static Mention resolve(Mention m, List<Mention> all) {
        if (!"PERSON".equals(m.type()) || m.actor() == null || m.actor().country() != null) return m;
        List<String> words = words(m.text());
        if (words.isEmpty()) return m;
        for (Mention f : all) {
            if (f == m || !"PERSON".equals(f.type()) || f.actor() == null || f.actor().country() == null) continue;
            List<String> full = words(f.text());
            // the same full name again ("Alexandre Benalla, adjoint au chef de cabinet … Alexandre Benalla a été placé
            // en garde à vue") is the same person as much as its last part is
            if (full.size() < words.size() || !full.subList(full.size() - words.size(), full.size()).equals(words)) {
                continue;
            }
            return new Mention(m.start(), m.end(), m.text(), m.type(), f.actor(), m.place(), m.members(), "name");
        }
        return m;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.trim().split("\\s+")) {
            String k = Keys.key(w);
            if (!k.isEmpty() && !TITLES.contains(k)) out.add(k);
        }
        return out;
    }
}
