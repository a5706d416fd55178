package dk.trappen.intake;

/**
 * The 24-hour assessment: the facts the triage rule reads, the assessor's note, and the second
 * assessor required when the child already has an open case. {@code concernsAbuse} true marks the
 * concern as being about abuse (a school often learns more on the phone); a concern registered as
 * one cannot be unmarked.
 */
public record Assessment(Boolean acuteDanger, ConcernLevel concernLevel, Boolean boundedProblem,
                         Boolean familyMotivated, String secondAssessor, String note, Boolean concernsAbuse) {

    /** An assessment that leaves the abuse mark as registered. */
    public Assessment(Boolean acuteDanger, ConcernLevel concernLevel, Boolean boundedProblem, Boolean familyMotivated,
                      String secondAssessor, String note) {
        this(acuteDanger, concernLevel, boundedProblem, familyMotivated, secondAssessor, note, null);
    }
}
