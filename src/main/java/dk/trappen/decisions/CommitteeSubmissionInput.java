package dk.trappen.decisions;

import java.time.LocalDate;

/**
 * The caseworker's submission (indstilling) of a placement without consent to the children and
 * youth committee (Barnets lov § 47).
 *
 * @param legalAidOfferedOn the day the parents (and the child from 12) were offered free legal aid (§ 140)
 * @param committeeMeetingOn the committee's meeting, when known
 */
public record CommitteeSubmissionInput(Long measureId, String submission, LocalDate preparedOn,
                                       LocalDate legalAidOfferedOn, LocalDate committeeMeetingOn) {
}
