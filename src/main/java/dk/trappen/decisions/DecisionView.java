package dk.trappen.decisions;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A decision as {@code GET /api/cases/{caseId}/decisions} gives it. {@code hearing} is null when
 * there was none (and then written as null); {@code childHeard} has {@code heldOn} or {@code reason}.
 */
public record DecisionView(long id, long caseId, Long measureId, DecisionKind kind, String kindName,
                           String legalRuleCode, String legalBasis, LocalDate decidedOn, String decidedBy,
                           String approvedBy, String reasons, ConsentView consent, ChildHeard childHeard,
                           @JsonInclude(JsonInclude.Include.ALWAYS) HearingView hearing, Provisional provisional,
                           List<Long> letterIds, java.time.Instant recordedAt) {

    public record ConsentView(Consent custodyHolders, Consent youngPerson) {
    }

    public record ChildHeard(LocalDate heldOn, String reason) {
    }

    /** Only for the chair's provisional decision: the day the committee must confirm it by, and how it went. */
    public record Provisional(LocalDate confirmBy, ProvisionalStatus status) {
    }
}
