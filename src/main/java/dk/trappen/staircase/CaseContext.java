package dk.trappen.staircase;

/** The case a measure belongs to, as the staircase needs it (it knows cases only by id). */
public record CaseContext(long caseId, long childId, String teamId, Integer childAge) {
}
