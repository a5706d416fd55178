package dk.trappen.decisions;

import java.time.LocalDate;

/**
 * The caseworker's submission (indstilling) of a placement without consent to the children and
 * youth committee (Barnets lov § 47).
 *
 * @param legalAidOfferedOn the day the parents (and the child from 12) were offered free legal aid (§ 140)
 * @param committeeMeetingOn the committee's meeting, when known
 * @param custodyHolders     who the committee's decision is written to; empty: those of the case's latest letter
 */
public record CommitteeSubmissionInput(Long measureId, String submission, LocalDate preparedOn,
                                       LocalDate legalAidOfferedOn, LocalDate committeeMeetingOn,
                                       java.util.List<String> custodyHolders) {

    public CommitteeSubmissionInput(Long measureId, String submission, LocalDate preparedOn, LocalDate legalAidOfferedOn,
                                    LocalDate committeeMeetingOn) {
        this(measureId, submission, preparedOn, legalAidOfferedOn, committeeMeetingOn, null);
    }
}
