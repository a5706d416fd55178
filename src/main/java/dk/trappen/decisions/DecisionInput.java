package dk.trappen.decisions;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision as the caseworker's task (or {@code POST /api/cases/{id}/decisions}) records it.
 *
 * @param measureId           the measure it is about (null for an investigation)
 * @param legalRuleCode       the legal table's rule it rests on (e.g. {@code MEASURE_FAMILY_TREATMENT},
 *                            {@code PLACEMENT_WITH_CONSENT}, {@code INVESTIGATION}); never typed text
 * @param approvedBy          the team leader who approved, where the granting authority needs one
 *                            (every placement)
 * @param childHeardOn        the day of the conversation with the child (§ 5), or null with
 * @param childNotHeardReason why it was not held
 * @param custodyConsent      the custody holders' consent; null means NOT_REQUIRED
 * @param youngPersonConsent  the young person's (from 15, § 46); null means NOT_REQUIRED
 * @param hearingId           the hearing (partshøring) held before it, or null
 * @param custodyHolders      the custody holders' names: each gets the decision's letter
 */
public record DecisionInput(DecisionKind kind, Long measureId, String legalRuleCode, LocalDate decidedOn,
                            String approvedBy, String reasons, LocalDate childHeardOn, String childNotHeardReason,
                            Consent custodyConsent, Consent youngPersonConsent, Long hearingId,
                            List<String> custodyHolders) {
}
