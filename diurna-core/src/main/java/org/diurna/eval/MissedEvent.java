package org.diurna.eval;

import java.util.List;

/**
 * A gold event that no produced event matched (a false negative), with the closest produced candidate.
 *
 * @param goldId      id of the gold event
 * @param gold        the gold event's type, dyad and date ("CONSULT TUR GOV -> RUS GOV 2016-11-30")
 * @param closestId   id of the closest produced event, or null when the reading has no events
 * @param differences the fields where the closest candidate differs ("date 2016-11-24 (want 2016-12-01)")
 * @param why         one line that says why it was missed
 */
public record MissedEvent(String goldId, String gold, String closestId, List<String> differences, String why) {
    public MissedEvent {
        differences = List.copyOf(differences);
    }
}
