package org.diurna.eval;

import java.nio.file.Path;
import org.diurna.Shared;
import org.junit.jupiter.api.Test;

/**
 * Real French news the rules were not written on: the analysts' Wikinews development gold (shared, 22 articles) and
 * the project's own Wikinews gold (172 articles read by helpers blind to the rules: 99 in wikinews-fr-dev, used for
 * error analysis, and 73 in wikinews-fr-test, meant to be kept out of it; its error list was looked at once in stop 16). Floors sit just under what the reading measures; they
 * fail when a change makes readings worse, and fail (not skip) under CI=true when the shared texts are missing.
 */
class WikinewsEval {
    static Path project(String dir) throws Exception {
        return Path.of(WikinewsEval.class.getClassLoader().getResource("gold/" + dir).toURI());
    }

    @Test void analystsDevelopmentGold() throws Exception {
        SetReport r = GoldSets.score(Shared.file(Shared.WIKINEWS_TEXTS), Shared.file(Shared.WIKINEWS_GOLD));
        GoldSets.check("Wikinews development gold (shared)", r, new GoldSets.Floors(0.77, 0.79, 0.05, 0.85, 0.90));
    }

    @Test void projectGold() throws Exception {
        SetReport r = GoldSets.score(Shared.file(Shared.WIKINEWS_TEXTS), project("wikinews-fr-dev"),
                project("wikinews-fr-test"));
        GoldSets.check("Wikinews project gold (172 articles)", r, new GoldSets.Floors(0.47, 0.51, 0.05, 0.79, 0.84));
    }
}
