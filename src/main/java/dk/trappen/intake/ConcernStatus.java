package dk.trappen.intake;

/** Where a concern stands. */
public enum ConcernStatus {
    /** Registered, waiting for the 24-hour assessment. */
    RECEIVED,
    /** Assessed, waiting for the triage decision (or in a clarification or dialogue meeting). */
    ASSESSED,
    /** Referred to the early-prevention unit. */
    REFERRED,
    /** Handed to the child's case (investigation or acute action). */
    CASE_OPENED,
    /** The child already had an open case: the concern is reassessed there ("Genvurdér sagen", § 137). */
    PASSED_TO_CASE,
    /** Closed after advice, with no further action. */
    CLOSED
}
