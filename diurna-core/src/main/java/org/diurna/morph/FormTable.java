package org.diurna.morph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diurna.data.Keys;

/**
 * A morphology made of generated forms, for a language without a full-form dictionary (English): each verb the
 * knowledge files name is conjugated once and every form points back to its lemma and tense. A form two verbs share
 * ("found": find, found) has both readings, in the order the verbs were added.
 */
public final class FormTable implements Morphology {
    private final Map<String, List<Reading>> forms = new HashMap<>();

    /** Adds the forms of one verb ({@code form → tense}); adding a lemma twice changes nothing. */
    public void add(String lemma, Map<String, Tense> formsOfLemma) {
        formsOfLemma.forEach((form, tense) -> {
            List<Reading> rs = forms.computeIfAbsent(Keys.key(form), k -> new ArrayList<>());
            if (rs.stream().noneMatch(r -> r.lemma().equals(lemma))) rs.add(new Reading(lemma, tense));
        });
    }

    @Override public Reading verb(String word) {
        List<Reading> rs = verbs(word);
        return rs.isEmpty() ? null : rs.get(0);
    }

    @Override public List<Reading> verbs(String word) {
        return word == null ? List.of() : forms.getOrDefault(Keys.key(word), List.of());
    }

    @Override public String noun(String word) { return null; }

    @Override public boolean known() { return false; }
}
