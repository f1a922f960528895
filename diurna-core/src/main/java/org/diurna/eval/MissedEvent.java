package org.diurna.eval;

import java.util.List;

/**
 * A gold event that no produced event matched (a false negative), with why.
 *
 * @param goldId      id of the gold event
 * @param gold        the gold event's type, dyad and date ("CONSULT TUR GOV -> RUS GOV 2016-11-30")
 * @param kind        why it was missed
 * @param closestId   id of the closest produced event, or null when there is none
 * @param differences the fields where the closest candidate differs ("date 2016-11-24 (want 2016-12-01)")
 * @param why         one line that says why it was missed
 * @param evidence    the gold evidence
 */
public record MissedEvent(String goldId, String gold, ErrorKind kind, String closestId, List<String> differences,
                          String why, String evidence) {
    public MissedEvent {
        differences = List.copyOf(differences);
    }
}
