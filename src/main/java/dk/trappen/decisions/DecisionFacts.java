package dk.trappen.decisions;

/**
 * What "Træf afgørelse" shows beside its fields, free of personal data: the measure and its legal
 * basis, whether it is a placement (so consent decides between § 46 and the committee), whether the
 * young person's own consent is needed, whether the custody holders are known from an earlier
 * letter, and the hearing so far (null when none was sent).
 */
public record DecisionFacts(String measure, boolean placement, boolean youngPersonConsentRequired,
                            boolean custodyHoldersKnown, String hearingStatus) {
}
