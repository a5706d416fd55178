package dk.trappen.casefile;

import java.time.LocalDate;

/**
 * A child welfare investigation on the case was finished. Published in the transaction that records
 * it, so a listener's changes (the follow-up it brings forward, § 95 stk. 2) commit or fail with it.
 */
public record InvestigationFinished(long caseId, long investigationId, LocalDate finishedOn) {
}
