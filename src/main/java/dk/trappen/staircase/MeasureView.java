package dk.trappen.staircase;

import java.time.Instant;
import java.time.LocalDate;

/** A measure as the case overview shows it. */
public record MeasureView(long id, long caseId, long offerId, String offerName, MeasureKind measureKind,
                          int staircaseStep, MeasureStatus status, LocalDate startDate, int durationWeeks,
                          LocalDate expectedEndDate, String purpose, String stepReason, String legalBasis,
                          String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
                          String decisionReason, LocalDate endedOn, String endReason, String alongsideReason) {

    /** Placements (steps 4-6) make the child's plan mandatory within 3 months (§ 91). */
    public boolean isPlacement() {
        return staircaseStep >= StaircaseStep.KINSHIP_PLACEMENT.number();
    }
}
