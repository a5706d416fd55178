package dk.trappen.intake;

/**
 * The 24-hour assessment: the facts the triage rule reads, the assessor's note, and the second
 * assessor required when the child already has an open case.
 */
public record Assessment(Boolean acuteDanger, ConcernLevel concernLevel, Boolean boundedProblem,
                         Boolean familyMotivated, String secondAssessor, String note) {
}
