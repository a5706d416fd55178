package dk.trappen.intake.internal;

import java.time.Instant;

import dk.trappen.intake.ConcernView;
import dk.trappen.intake.Route;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "triage_decision")
public class TriageDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triage_decision_seq")
    @SequenceGenerator(name = "triage_decision_seq", sequenceName = "triage_decision_seq", allocationSize = 50)
    private Long id;
    private long concernId;
    @Enumerated(EnumType.STRING)
    private Route proposedRoute;
    @Enumerated(EnumType.STRING)
    private Route chosenRoute;
    private String reason;
    private String decidedBy;
    private Instant decidedAt;
    /** For a route to investigation: the decision's reasons and the custody holders (one per line) its letter goes to. */
    private String investigationReasons;
    private String custodyHolders;

    protected TriageDecision() {
    }

    public TriageDecision(long concernId, Route proposedRoute, Route chosenRoute, String reason, String decidedBy,
                          Instant decidedAt) {
        this.concernId = concernId;
        this.proposedRoute = proposedRoute;
        this.chosenRoute = chosenRoute;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public TriageDecision investigation(String reasons, java.util.List<String> holders) {
        this.investigationReasons = reasons;
        this.custodyHolders = holders == null || holders.isEmpty() ? null : String.join("\n", holders);
        return this;
    }

    public Route chosenRoute() {
        return chosenRoute;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String investigationReasons() {
        return investigationReasons;
    }

    public java.util.List<String> custodyHolders() {
        return custodyHolders == null ? java.util.List.of() : java.util.List.of(custodyHolders.split("\n"));
    }

    public ConcernView.TriageView toView() {
        return new ConcernView.TriageView(proposedRoute, chosenRoute, reason, decidedBy, decidedAt);
    }
}
