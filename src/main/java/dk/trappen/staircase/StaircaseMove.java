package dk.trappen.staircase;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A move of a child between steps of the staircase, caused by a measure granted or ended.
 * Step 0 means no measure at all: the child has left the staircase.
 */
public record StaircaseMove(long id, long childId, long caseId, long measureId, int fromStep, int toStep,
                            LocalDate movedOn, String reason, String movedBy, Instant recordedAt) {

    public boolean isDown() {
        return toStep < fromStep;
    }
}
