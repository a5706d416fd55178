package dk.trappen.staircase;

/**
 * The case a measure belongs to, as the staircase needs it (it knows cases only by id).
 *
 * @param investigationFinished the case has a finished child welfare investigation (§ 20): a
 *                              placement (§ 46) needs one
 */
public record CaseContext(long caseId, long childId, String teamId, Integer childAge, boolean investigationFinished) {
}
