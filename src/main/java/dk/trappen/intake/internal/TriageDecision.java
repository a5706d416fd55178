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

    public ConcernView.TriageView toView() {
        return new ConcernView.TriageView(proposedRoute, chosenRoute, reason, decidedBy, decidedAt);
    }
}
