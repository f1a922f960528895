package org.diurna.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.diurna.Shared;
import org.junit.jupiter.api.Test;

/**
 * French TimeBank 1.1 (108 Est Républicain articles, 425 time expressions): Diurna against plain HeidelTime 2.1 on the
 * same CoreNLP tokens. Measured when written: Diurna value F1 0.845, HeidelTime 0.741.
 */
class TimeBankEvalIT {
    /** Measured 0.845; a little room for CoreNLP or JDK differences. */
    private static final double DIURNA_VALUE_F1_FLOOR = 0.82;
    private static final double REQUIRED_GAIN = 0.05;

    @Test void diurnaBeatsPlainHeidelTime() {
        Path dir = Shared.file("eval/fr-timebank");
        TimeEvalReport r = TimeBankEval.run(dir);
        System.out.println(r.toText());
        System.out.println(r.toJson());
        assertEquals(108, r.documents());
        assertEquals(425, r.diurna().gold(), "gold TIMEX3s without the creation times");
        assertTrue(r.diurna().valueF1() >= r.heidelTime().valueF1() + REQUIRED_GAIN, r.toText());
        assertTrue(r.diurna().valueF1() >= DIURNA_VALUE_F1_FLOOR, r.toText());
        assertTrue(r.diurna().strictF1() >= r.heidelTime().strictF1(), "spans no worse: " + r.toText());
        assertTrue(r.diurna().relaxedF1() >= r.heidelTime().relaxedF1(), "spans no worse: " + r.toText());
    }
}
