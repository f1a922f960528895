package org.diurna.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diurna.data.Keys;
import org.diurna.data.Tsv;
import org.diurna.model.Actor;

/** Reads the dictionary's data files; see each file's header comment for its columns and conventions. */
final class DictionaryFiles {
    private DictionaryFiles() {}

    static ActorDictionary load() {
        List<Country> countries = Tsv.read(ActorDictionary.class, "countries.tsv", "iso3", "name_en", "name_fr",
                "aliases", "demonyms_fr", "demonyms_en", "capital_en", "capital_fr").stream()
                .map(r -> new Country(r.get("iso3"), r.get("name_en"), r.get("name_fr"), r.list("aliases"),
                        r.list("demonyms_fr"), r.list("demonyms_en"), r.opt("capital_en"), r.opt("capital_fr")))
                .toList();
        // curated people first; the rows derived from the Phoenix dictionaries add the rest of the world's officials
        List<PersonTerm> people = new ArrayList<>();
        for (String file : List.of("people.tsv", "people-world.tsv", "people-phoenix.tsv")) {
            for (Tsv.Row r : Tsv.read(ActorDictionary.class, file, "name", "aliases", "country", "sector", "role",
                    "from", "to")) {
                people.add(new PersonTerm(r.get("name"), r.list("aliases"), r.opt("country"), r.opt("sector"),
                        r.opt("role"), date(r, "from", false), date(r, "to", true)));
            }
        }
        List<NameEntry> named = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(ActorDictionary.class, "seats.tsv", "surface", "country", "sector", "role")) {
            List<String> surfaces = r.list("surface");
            Actor a = new Actor("seat:" + Slug.of(surfaces.get(0)), surfaces.get(0), r.opt("country"),
                    r.opt("sector"), r.opt("role"));
            for (String s : surfaces) named.add(new NameEntry(NameEntry.Kind.SEAT, a, s, Keys.caseSensitive(s)));
        }
        for (Tsv.Row r : organizations()) {
            Actor a = new Actor("org:" + Slug.of(r.get("name")), r.get("name"), r.opt("country"), r.opt("sector"),
                    null);
            named.add(new NameEntry(NameEntry.Kind.ORGANIZATION, a, r.get("name"), Keys.caseSensitive(r.get("name"))));
            for (String s : r.list("aliases")) {
                named.add(new NameEntry(NameEntry.Kind.ORGANIZATION, a, s, Keys.caseSensitive(s)));
            }
        }
        // the hand-written roles, then the English role nouns of the Phoenix agents (scripts/dictionaries/phoenix_roles.py)
        List<Tsv.Row> roleRows = new ArrayList<>();
        for (String file : List.of("roles.tsv", "roles-phoenix.tsv")) {
            roleRows.addAll(Tsv.read(ActorDictionary.class, file, "pattern", "lang", "sector", "role",
                    "conflict_sector", "context"));
        }
        List<RolePattern> roles = roleRows.stream()
                .map(r -> new RolePattern(Arrays.stream(r.get("pattern").split(" "))
                        .map(t -> t.startsWith("{") ? t : Keys.key(t)).toList(),
                        r.get("lang"), r.opt("sector"), r.opt("role"), r.opt("conflict_sector"),
                        !"none".equals(r.opt("context"))))
                .toList();
        return new ActorDictionary(countries, people, named, roles);
    }

    /** Curated organisations, then those derived from the Phoenix dictionaries. */
    private static List<Tsv.Row> organizations() {
        List<Tsv.Row> rows = new ArrayList<>();
        for (String file : List.of("organizations.tsv", "organizations-world.tsv", "organizations-phoenix.tsv")) {
            rows.addAll(Tsv.read(ActorDictionary.class, file, "name", "aliases", "country", "sector"));
        }
        return rows;
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD; a partial end date means the end of that month or year. */
    static LocalDate date(Tsv.Row r, String column, boolean end) {
        String v = r.opt(column);
        if (v == null) return null;
        try {
            String[] p = v.split("-");
            int y = Integer.parseInt(p[0]);
            if (p.length == 1) return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            int m = Integer.parseInt(p[1]);
            if (p.length == 2) {
                LocalDate first = LocalDate.of(y, m, 1);
                return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            }
            return LocalDate.of(y, m, Integer.parseInt(p[2]));
        } catch (RuntimeException e) {
            throw new IllegalStateException(r.file() + " line " + r.line() + ": bad date '" + v + "' in " + column, e);
        }
    }
}
