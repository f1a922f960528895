package org.diurna.text;

import java.util.List;
import org.diurna.model.Span;

/**
 * The article text made ready for analysis without moving a single offset.
 *
 * @param normalized   same length as the original: typographic variants mapped (’ → ', non-breaking spaces → space)
 * @param analysisText {@code normalized} with boilerplate blanked by spaces: what the NLP reads
 * @param boilerplate  spans of credit lines, partner blocks, datelines: kept out of the events
 * @param credit       the agency credited ("AFP"), or null
 * @param creditSpan   where the credit's name stands, or null
 * @param title        the title line, or null
 * @param paragraphs   paragraph spans (blank-line separated), boilerplate excluded
 */
public record PreparedText(String normalized, String analysisText, List<Span> boilerplate, String credit,
                           Span creditSpan, Span title, List<Span> paragraphs) {
    public PreparedText {
        boilerplate = List.copyOf(boilerplate);
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean inBoilerplate(int offset) {
        for (Span b : boilerplate) if (b.contains(offset)) return true;
        return false;
    }
}
