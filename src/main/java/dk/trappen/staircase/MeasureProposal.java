package dk.trappen.staircase;

import java.time.LocalDate;

/**
 * What a caseworker decides when choosing a measure. The law requires the decision to state its
 * purpose and expected duration; the legal basis is looked up from the measure's kind, not typed.
 */
public record MeasureProposal(Long offerId, LocalDate startDate, Integer durationWeeks, String purpose,
                              String stepReason, String alongsideReason, String returnHomePlan,
                              Boolean placementStatement) {

    /**
     * @param alongsideReason    why the support cannot wait for the running investigation (Barnets lov
     *                           § 32 stk. 4); required for, and only kept with, a measure chosen beside it
     * @param returnHomePlan     the plan for the child's return home when this measure replaces a
     *                           placement and is none itself (§ 100 stk. 5; personal data)
     * @param placementStatement the placement's statement was obtained before that return (§ 100 stk. 2)
     */
    public MeasureProposal {
    }

    public MeasureProposal(Long offerId, LocalDate startDate, Integer durationWeeks, String purpose, String stepReason,
                           String alongsideReason) {
        this(offerId, startDate, durationWeeks, purpose, stepReason, alongsideReason, null, null);
    }

    /** A measure chosen on a finished investigation or an afdækning: no reason to wait is asked. */
    public MeasureProposal(Long offerId, LocalDate startDate, Integer durationWeeks, String purpose, String stepReason) {
        this(offerId, startDate, durationWeeks, purpose, stepReason, null);
    }
}
