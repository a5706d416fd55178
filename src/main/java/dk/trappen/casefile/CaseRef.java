package dk.trappen.casefile;

/** A child's case by id and case number (the number is the business key managers search for). */
public record CaseRef(long id, String caseNumber, long childId, String teamId) {
}
