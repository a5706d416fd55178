package dk.trappen.decisions;

import java.time.LocalDate;
import java.util.List;

/**
 * The committee's decision (or its chair's provisional one) on a submission, as the caseworker
 * records it.
 *
 * @param confirms the chair's provisional decision this committee decision confirms, or null
 */
public record CommitteeDecisionInput(LocalDate decidedOn, String reasons, LocalDate childHeardOn,
                                     String childNotHeardReason, Consent custodyConsent, Consent youngPersonConsent,
                                     Long hearingId, List<String> custodyHolders, Long confirms) {
}
