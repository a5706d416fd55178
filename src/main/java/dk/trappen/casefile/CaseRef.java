package dk.trappen.casefile;

/**
 * A child's case by id and case number (the number is the business key managers search for),
 * with its team and responsible caseworker (the user id the case's tasks are assigned to).
 */
public record CaseRef(long id, String caseNumber, long childId, String teamId, String caseworker) {
}
