package org.diurna.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.diurna.Diurna;
import org.diurna.data.Tsv;
import org.diurna.model.Article;
import org.diurna.model.Mention;
import org.diurna.pipeline.Layers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of {@code titles.tsv} reads its own sentence: the unknown person it names gets the row's code ("-": none),
 * through the whole pipeline (parse, names, roles), as a real dispatch would.
 */
class TitlesIT {
    @TestFactory Stream<DynamicTest> everyTitleCodesItsPerson() {
        List<Tsv.Row> rows = Tsv.read(ActorDictionary.class, "titles.tsv", "id", "lang", "example", "person", "expect");
        assertFalse(rows.isEmpty());
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("id") + " " + r.get("example"), () -> {
            var doc = Diurna.read(new Article(r.get("id"), r.get("example"), LocalDate.of(2024, 5, 14), null, null,
                    null, r.get("lang")));
            List<String> codes = doc.get(Layers.MENTIONS).stream()
                    .filter(m -> r.get("person").equals(m.text()) && "PERSON".equals(m.type()))
                    .map(TitlesIT::code).distinct().toList();
            assertEquals(List.of(r.get("expect")), codes, r.get("person"));
        }));
    }

    private static String code(Mention m) {
        if (m.actor() == null || m.actor().country() == null && m.actor().sector() == null) return "-";
        return m.actor().country() + " " + m.actor().sector();
    }
}
