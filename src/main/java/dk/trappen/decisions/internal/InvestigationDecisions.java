package dk.trappen.decisions.internal;

import dk.trappen.decisions.DecisionInput;
import dk.trappen.decisions.DecisionKind;
import dk.trappen.decisions.Decisions;
import dk.trappen.casefile.InvestigationOpened;
import dk.trappen.organisation.Organisation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The decision to investigate (Barnets lov § 20), made at "Visitér underretning" or when a caseworker
 * opens a case with an investigation, recorded on the case in the same transaction: reasons, the router (or the caseworker) as the one who decided,
 * and a letter to each custody holder (and the child as a party). The child is heard during the
 * investigation itself (§ 22), and an investigation needs no consent.
 */
@Component
class InvestigationDecisions {

    private final Decisions decisions;
    private final Organisation organisation;

    InvestigationDecisions(Decisions decisions, Organisation organisation) {
        this.decisions = decisions;
        this.organisation = organisation;
    }

    @EventListener
    void on(InvestigationOpened opened) {
        // Abuse, or a suspicion of it, makes the investigation a duty (§ 20 stk. 1 nr. 2).
        String rule = opened.concernsAbuse() ? "ABUSE_INVESTIGATION" : "INVESTIGATION";
        decisions.record(opened.caseId(), new DecisionInput(DecisionKind.INVESTIGATION_OPENED, null, rule,
                opened.decidedOn(), null, opened.reasons(), null, null, null, null, null, opened.custodyHolders()),
                organisation.user(opened.decidedBy()));
    }
}
