package dk.trappen.decisions;

import java.util.List;

/**
 * The caseworker's decision on a chosen measure at "Træf afgørelse": grant or refuse, with the
 * reasons, the consents and the custody holders (empty: those of the case's latest letter). The
 * legal basis comes from the measure, the child's view from when it was chosen, the approver from
 * the team leader's approval. The day is today unless given (a decision made at yesterday's meeting).
 */
public record MeasureDecision(boolean grant, java.time.LocalDate decidedOn, String reasons, Consent custodyConsent,
                              Consent youngPersonConsent, Long hearingId, List<String> custodyHolders) {
}
