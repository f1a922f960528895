package org.diurna.events;

import java.util.Objects;
import org.diurna.model.Event;
import org.diurna.model.Participant;

/** When two event mentions tell the same happening, and which of two participants says more. */
final class Same {
    private Same() {}

    static boolean happening(Event a, Event b) {
        if (!a.plover().equals(b.plover())) return false;
        // how a call was made tells calls apart; how a strike killed does not tell strikes apart
        if (a.plover().equals("CONSULT") && !modesAgree(a.mode(), b.mode())) return false;
        if (!a.factuality().equals(b.factuality())) return false;
        if (!EventMerger.datesAgree(a, b)) return false;
        return (agree(a.source(), b.source()) && agree(a.target(), b.target()) && !selfMade(a, b))
                || (reciprocal(a) && agree(a.source(), b.target()) && agree(a.target(), b.source())
                && (crossed(a.source(), b.target()) || crossed(a.target(), b.source()) || told(a, b)));
    }

    /**
     * Whether joining two mentions that each lack the side the other names would make an actor act on itself: "les
     * forces burkinabè ont riposté" and "l'attaque contre l'état-major burkinabè" are the two sides of a fight, not
     * the army striking itself.
     */
    private static boolean selfMade(Event a, Event b) {
        if (reciprocal(a)) return false;
        Participant s = a.source() != null ? a.source() : b.source();
        Participant t = a.target() != null ? a.target() : b.target();
        if (s == null || t == null || (a.source() != null && a.target() != null)
                || (b.source() != null && b.target() != null)) {
            return false;
        }
        return s.country() != null && s.country().equals(t.country()) && Objects.equals(s.sector(), t.sector());
    }

    /** Both told by the same words: "la Chine et les États-Unis ratifient" is one act of the two partners. */
    private static boolean told(Event a, Event b) {
        for (org.diurna.model.Span x : a.mentions()) {
            for (org.diurna.model.Span y : b.mentions()) if (x.overlaps(y)) return true;
        }
        return false;
    }

    /**
     * A reciprocal match needs one side named in both mentions, or one telling of both: "la Russie a proposé" and "la
     * Chine a accepté", each without a partner, are two acts, not one agreement between Russia and China.
     */
    private static boolean crossed(Participant x, Participant y) {
        return x != null && y != null;
    }

    /** A visit and the meeting it is for are one happening; a phone call and a visit are not. */
    private static boolean modesAgree(String x, String y) {
        if (x == null || y == null || x.equals(y)) return true;
        return (x.equals("visit") || x.equals("meet")) && (y.equals("visit") || y.equals("meet"));
    }

    /** A mention without any participant (an "entretien" mentioned in passing) joins the last event of its type. */
    private static boolean agree(Participant x, Participant y) {
        if (x == null || y == null) return true;
        if (x.actorId() != null && x.actorId().equals(y.actorId())) return true;
        if (!Objects.equals(x.country(), y.country())) return false;
        // a place stands for whoever is there: "bombardé Kharkiv" and "tuant des civils" hit the same target; a
        // person known only by nationality ("Julien Morel, français") is not the police of that country
        if (x.sector() == null || y.sector() == null) {
            return x.sector() == null && y.sector() == null || isPlace(x) || isPlace(y);
        }
        if (!Objects.equals(x.sector(), y.sector())) return false;
        // a state or an unnamed group agrees with any member of the same country and sector; two named people do not
        return !(isPerson(x) && isPerson(y));
    }

    private static boolean isPlace(Participant p) {
        return p.actorId() != null && (p.actorId().startsWith("place:") || p.actorId().startsWith("country:"));
    }

    private static boolean isPerson(Participant p) {
        return p.actorId() != null && p.actorId().startsWith("person:");
    }

    private static boolean reciprocal(Event e) {
        return e.symmetric() || e.plover().equals("CONSULT") || e.plover().equals("AGREE")
                || e.plover().equals("COOPERATE");
    }

    static boolean swapped(Event a, Event b) {
        return !(agree(a.source(), b.source()) && agree(a.target(), b.target()));
    }

    static Participant moreSpecific(Participant a, Participant b) {
        if (a == null) return b;
        if (b == null) return a;
        if (!isPerson(a) && isPerson(b)) return b;
        return a.sector() == null && b.sector() != null ? b : a;
    }
}
