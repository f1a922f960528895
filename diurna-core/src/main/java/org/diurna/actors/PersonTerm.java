package org.diurna.actors;

import java.time.LocalDate;
import java.util.List;

/** One person in one office for one period ({@code to} null while in office). */
public record PersonTerm(String name, List<String> aliases, String country, String sector, String role,
                         LocalDate from, LocalDate to) {

    public boolean heldOn(LocalDate d) {
        return d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    /** Stable identifier of the person (not of the term). */
    public String personId() {
        return "person:" + Slug.of(name);
    }
}
