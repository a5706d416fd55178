package dk.trappen.followup;

/** What a follow-up decides about the measure (Barnets lov § 95). */
public enum FollowUpDecision {
    /** The measure goes on; the next follow-up is planned by the cadence. */
    CONTINUE,
    /** A less intrusive measure replaces it: the case's caseworker chooses which. */
    STEP_DOWN,
    /** A more intrusive measure replaces it. */
    STEP_UP,
    /** The measure ends (goals reached, or no longer needed). */
    END_MEASURE
}
