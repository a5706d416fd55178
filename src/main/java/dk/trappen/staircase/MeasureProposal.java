package dk.trappen.staircase;

import java.time.LocalDate;

/**
 * What a caseworker decides when choosing a measure. The law requires the decision to state its
 * purpose and expected duration; the legal basis is looked up from the measure's kind, not typed.
 */
public record MeasureProposal(Long offerId, LocalDate startDate, Integer durationWeeks, String purpose,
                              String stepReason, String alongsideReason) {

    /**
     * @param alongsideReason why the support cannot wait for the running investigation (Barnets lov
     *                        § 32 stk. 4); required for, and only kept with, a measure chosen beside it
     */
    public MeasureProposal {
    }

    /** A measure chosen on a finished investigation or an afdækning: no reason to wait is asked. */
    public MeasureProposal(Long offerId, LocalDate startDate, Integer durationWeeks, String purpose, String stepReason) {
        this(offerId, startDate, durationWeeks, purpose, stepReason, null);
    }
}
