package org.diurna.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.diurna.Diurna;
import org.diurna.model.Article;
import org.diurna.model.Quote;
import org.diurna.pipeline.Layers;
import org.junit.jupiter.api.Test;

/**
 * A quotation set apart in its own paragraph is signed by the name on the dashed line under it, not by the speaker of
 * the quotation before it (a Wikinews quote box; the text is ours).
 */
class SignedQuoteIT {
    @Test void theDashedLineUnderAQuotationNamesItsSpeaker() {
        String text = "Iran : deux navires interceptés\n\n"
                + "« Nous avons perdu le contact avec deux petits navires » a déclaré un responsable américain.\n\n"
                + "« Nous avons été en contact avec les Iraniens, qui nous ont assuré que les marins étaient en sécurité »\n\n"
                + "— Jennifer Psaki, directrice de la communication de la Maison-Blanche\n\n"
                + "Les raisons de l'interception restent inconnues.";
        List<Quote> qs = Diurna.read(new Article("signed", text, LocalDate.of(2016, 1, 12), null, null, null, null))
                .get(Layers.QUOTES);
        assertEquals(2, qs.size(), qs.toString());
        assertNotNull(qs.get(1).speaker(), qs.toString());
        assertEquals("Jennifer Psaki", qs.get(1).speaker().name());
    }
}
