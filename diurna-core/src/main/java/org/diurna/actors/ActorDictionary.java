package org.diurna.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diurna.data.Keys;
import org.diurna.data.Tsv;
import org.diurna.model.Actor;

/**
 * The curated actor dictionary (versioned data files under {@code org/diurna/actors/}): states with their names,
 * demonyms and capitals, seats of power used as metonyms, office holders with their terms, organisations, and generic
 * role nouns. It wins over the statistical NER wherever both speak (Anadolu is a news agency, not a person).
 * Immutable once loaded; shared by all threads.
 */
public final class ActorDictionary {
    private final Map<String, List<NameEntry>> byKey = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, Country> countries = new HashMap<>();
    private final List<RolePattern> roles;
    private final java.util.Set<String> personRoles = new java.util.HashSet<>();
    private int maxWords = 1;
    private final java.util.Set<String> lowerFirstWords = new java.util.HashSet<>();

    private static volatile ActorDictionary shared;

    /** The dictionary shipped with Diurna, loaded once per JVM. */
    public static ActorDictionary shared() {
        ActorDictionary d = shared;
        if (d == null) {
            synchronized (ActorDictionary.class) {
                if (shared == null) shared = DictionaryFiles.load();
                d = shared;
            }
        }
        return d;
    }

    ActorDictionary(List<Country> countryList, List<PersonTerm> people, List<NameEntry> seatsAndOrgs,
                    List<RolePattern> roles) {
        for (Country c : countryList) {
            countries.put(c.iso3(), c);
            add(c.nameEn(), new NameEntry(NameEntry.Kind.COUNTRY, c, c.nameEn(), false));
            add(c.nameFr(), new NameEntry(NameEntry.Kind.COUNTRY, c, c.nameFr(), false));
            for (String a : c.aliases()) add(a, new NameEntry(NameEntry.Kind.COUNTRY, c, a, Keys.caseSensitive(a)));
            for (String cap : (nz(c.capitalEn()) + "|" + nz(c.capitalFr())).split("\\|")) {
                if (!cap.isBlank()) add(cap.trim(), new NameEntry(NameEntry.Kind.CAPITAL, c, cap.trim(), false));
            }
            for (String d : c.demonymsFr()) demonyms.putIfAbsent(Keys.key(d), c.iso3());
            for (String d : c.demonymsEn()) demonyms.putIfAbsent(Keys.key(d), c.iso3());
        }
        for (PersonTerm t : people) {
            if (t.role() != null) personRoles.add(t.role());
            add(t.name(), new NameEntry(NameEntry.Kind.PERSON, t, t.name(), false));
            for (String a : t.aliases()) add(a, new NameEntry(NameEntry.Kind.PERSON, t, a, Keys.caseSensitive(a)));
        }
        for (NameEntry e : seatsAndOrgs) add(e.alias(), e);
        this.roles = List.copyOf(roles);
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private void add(String name, NameEntry e) {
        if (name == null || name.isBlank()) return;
        String k = Keys.key(name);
        maxWords = Math.max(maxWords, k.split(" ").length);
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
        if (lowerCaseName(e)) lowerFirstWords.add(k.split(" ")[0]);
    }

    /**
     * True when a name may begin with this word written in lower case ("département", "talibans"): a cheap test
     * that spares the scanner a lookup for every other lower-case word.
     */
    public boolean mayStartLowerCaseName(String word) {
        return lowerFirstWords.contains(Keys.key(word));
    }

    /**
     * Entries a surface form may name; respects case (proper names capitalised, acronyms exact). A surface in lower
     * case names only entries whose alias is written in lower case: seats of power ("département d'État", "place
     * Beauvau") and one-word group names ("talibans", "houthis", "peshmergas"); longer lower-case aliases of other
     * lists ("armée syrienne") are left to the role patterns, which read their context.
     */
    public List<NameEntry> lookup(String surface) {
        if (surface.isEmpty()) return List.of();
        boolean lower = !Character.isUpperCase(surface.codePointAt(0));
        List<NameEntry> es = byKey.get(Keys.key(surface));
        if (es == null) return List.of();
        return es.stream().filter(e -> lower ? lowerCaseName(e)
                : !e.caseSensitive() || Keys.capitalsKept(e.alias(), surface)).toList();
    }

    private static boolean lowerCaseName(NameEntry e) {
        if (!Character.isLowerCase(e.alias().codePointAt(0))) return false;
        // "conseil des droits de l'homme des Nations unies": the organisation's own name written in lower case is
        // still its name (a lower-case alias with a generic head, "agence Anadolu", is left to the role patterns)
        return e.kind() == NameEntry.Kind.SEAT || e.kind() == NameEntry.Kind.ORGANIZATION
                && (!e.alias().contains(" ") || e.ref() instanceof org.diurna.model.Actor a && a.name() != null
                && a.name().equalsIgnoreCase(e.alias()) && !a.name().equals(e.alias()));
    }

    /** The country a demonym adjective of any gender or number names ("turque" → TUR), or null. */
    public String demonym(String word) {
        return demonyms.get(Keys.key(word));
    }

    public Country country(String iso3) { return countries.get(iso3); }

    public List<RolePattern> roles(String lang) {
        return roles.stream().filter(r -> r.lang().equals(lang)).toList();
    }

    public int maxWords() { return maxWords; }

    /** True for a role one person holds ("head of state"), as opposed to a body ("air force"). */
    public boolean isPersonRole(String role) {
        return role != null && personRoles.contains(role);
    }

    /**
     * The actor an entry names on a given day. For people this chooses, among all terms the name may refer to, one
     * held on that day (so "Erdogan" in 2016 is the head of state, in 2010 the head of government).
     */
    public static Actor resolve(List<NameEntry> entries, LocalDate on) {
        NameEntry best = null;
        for (NameEntry e : entries) {
            if (e.kind() != NameEntry.Kind.PERSON) return actorOf(e, on);
        }
        List<PersonTerm> terms = entries.stream().map(e -> (PersonTerm) e.ref()).toList();
        PersonTerm pick = terms.stream().filter(t -> t.heldOn(on)).findFirst()
                .orElseGet(() -> former(terms, on).orElseGet(() -> nearest(terms, on)));
        String role = pick.heldOn(on) || on == null ? pick.role() : "former " + pick.role();
        if (on != null && pick.from() != null && on.isBefore(pick.from())) role = null;
        return new Actor(pick.personId(), pick.name(), pick.country(), pick.sector(), role);
    }

    /** "l'ancien président Sarkozy": out of office, a former head of state or government is known by that office. */
    private static java.util.Optional<PersonTerm> former(List<PersonTerm> terms, LocalDate on) {
        if (on == null) return java.util.Optional.empty();
        return terms.stream().filter(t -> t.to() != null && t.to().isBefore(on))
                .filter(t -> "head of state".equals(t.role()) || "head of government".equals(t.role()))
                .max(Comparator.comparing(PersonTerm::to));
    }

    private static PersonTerm nearest(List<PersonTerm> terms, LocalDate on) {
        LocalDate d = on == null ? LocalDate.now() : on;
        return terms.stream().min(Comparator.comparingLong(t -> distance(t, d))).orElseThrow();
    }

    private static long distance(PersonTerm t, LocalDate d) {
        if (t.heldOn(d)) return 0;
        LocalDate edge = t.to() != null && d.isAfter(t.to()) ? t.to() : (t.from() != null ? t.from() : d);
        return Math.abs(edge.toEpochDay() - d.toEpochDay());
    }

    static Actor actorOf(NameEntry e, LocalDate on) {
        return switch (e.kind()) {
            case COUNTRY, CAPITAL -> government((Country) e.ref());
            case SEAT, ORGANIZATION -> (Actor) e.ref();
            case PERSON -> resolve(List.of(e), on);
        };
    }

    /** A state acting as an agent: its government. */
    public static Actor government(Country c) {
        return new Actor("country:" + c.iso3(), c.nameEn(), c.iso3(), "GOV", null);
    }
}
