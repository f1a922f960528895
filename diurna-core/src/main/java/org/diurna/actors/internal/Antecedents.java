package org.diurna.actors.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Actor;
import org.diurna.model.Mention;
import org.diurna.model.Sentence;

/** Searches backwards from an anaphor for the actors it refers to. */
final class Antecedents {
    private Antecedents() {}

    /** The members of the last coordination of that type before {@code pos}, else the last two distinct actors. */
    static List<Actor> pair(List<Mention> named, int pos, String type) {
        return pair(named, pos, type, -1);
    }

    /** As {@link #pair(List, int, String)}, ignoring coordinations at or after {@code sentenceStart}. */
    static List<Actor> pair(List<Mention> named, int pos, String type, int sentenceStart) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Mention m = named.get(i);
            if (m.start() >= pos || !"PLURAL".equals(m.type())) continue;
            // "Macron et Merkel accueilleront les deux dirigeants": the pair is not the coordination of its own clause
            if (sentenceStart >= 0 && m.start() >= sentenceStart) continue;
            if (m.members().size() >= 2 && (type == null || m.members().stream().allMatch(a -> ofType(named, a, type)))) {
                return m.members();
            }
        }
        List<Actor> out = new ArrayList<>();
        for (int i = named.size() - 1; i >= 0 && out.size() < 2; i--) {
            Mention m = named.get(i);
            if (m.start() >= pos || m.actor() == null || (type != null && !type.equals(m.type()))) continue;
            if (out.stream().noneMatch(a -> a.sameAs(m.actor()))) out.add(0, m.actor());
        }
        return out.size() == 2 ? out : List.of();
    }

    private static boolean ofType(List<Mention> named, Actor a, String type) {
        return named.stream().anyMatch(m -> a.equals(m.actor()) && type.equals(m.type()));
    }

    /** The nearest person before {@code pos} in the same sentence, else in the sentences before. */
    static List<Actor> person(List<Mention> named, int pos, Sentence s, List<Sentence> sentences) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Mention m = named.get(i);
            if (m.start() >= pos || m.actor() == null) continue;
            if ("PERSON".equals(m.type()) || ("GROUP".equals(m.type()) && m.actor().role() != null
                    && m.actor().id() != null)) {
                return List.of(m.actor());
            }
        }
        return List.of();
    }

    static List<Actor> lastOfSector(List<Mention> named, int pos, String sector) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Mention m = named.get(i);
            if (m.start() < pos && m.actor() != null && sector.equals(m.actor().sector())
                    && !"credit".equals(m.how())) {
                return List.of(m.actor());
            }
        }
        return List.of();
    }
}
