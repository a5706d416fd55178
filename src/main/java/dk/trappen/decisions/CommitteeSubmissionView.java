package dk.trappen.decisions;

import java.time.LocalDate;

public record CommitteeSubmissionView(long id, long caseId, Long measureId, String submission, String preparedBy,
                                      LocalDate preparedOn, LocalDate legalAidOfferedOn, LocalDate committeeMeetingOn) {
}
