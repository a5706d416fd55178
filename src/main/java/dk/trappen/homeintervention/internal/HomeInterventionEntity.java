package dk.trappen.homeintervention.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.homeintervention.EarlyEndReason;
import dk.trappen.homeintervention.InterventionDecision;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "home_intervention")
public class HomeInterventionEntity {

    public enum Status { COMPOSING, RUNNING, NOT_ELIGIBLE, ENDED_EARLY, COMPLETED, DECIDED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "home_intervention_seq")
    @SequenceGenerator(name = "home_intervention_seq", sequenceName = "home_intervention_seq", allocationSize = 50)
    private Long id;
    private long caseId;
    private long measureId;
    private String teamId;
    private LocalDate startDate;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int currentPhase;
    private Boolean atRiskOfPlacement;
    private String notEligibleReason;
    private String caseworker;
    private String followUpCaseworker;
    private String therapist1;
    private String therapist2;
    private String teamComposedBy;
    @Enumerated(EnumType.STRING)
    private EarlyEndReason earlyEndReason;
    private String earlyEndNote;
    private String endedBy;
    private Instant endedAt;
    private String reportFamily;
    private String reportParenting;
    private String parentsMeetNeeds;
    private String reportBy;
    private Instant reportAt;
    @Enumerated(EnumType.STRING)
    private InterventionDecision decision;
    private String decisionReason;
    private String decidedBy;
    private Instant decidedAt;
    private Instant createdAt;
    @Version
    private int version;

    protected HomeInterventionEntity() {
    }

    public HomeInterventionEntity(long caseId, long measureId, String teamId, LocalDate startDate, String caseworker,
                                  Instant now) {
        this.caseId = caseId;
        this.measureId = measureId;
        this.teamId = teamId;
        this.startDate = startDate;
        this.caseworker = caseworker;
        this.status = Status.COMPOSING;
        this.currentPhase = 1;
        this.createdAt = now;
    }

    public void notEligible(String reason, String by) {
        this.atRiskOfPlacement = false;
        this.notEligibleReason = reason;
        this.teamComposedBy = by;
        this.status = Status.NOT_ELIGIBLE;
    }

    public void compose(String followUpCaseworker, String therapist1, String therapist2, String by) {
        this.atRiskOfPlacement = true;
        this.followUpCaseworker = followUpCaseworker;
        this.therapist1 = therapist1;
        this.therapist2 = therapist2;
        this.teamComposedBy = by;
        this.status = Status.RUNNING;
    }

    public void phase(int phase) {
        this.currentPhase = Math.max(currentPhase, phase);
    }

    public void report(String family, String parenting, String meetsNeeds, String by, Instant at) {
        this.reportFamily = family;
        this.reportParenting = parenting;
        this.parentsMeetNeeds = meetsNeeds;
        this.reportBy = by;
        this.reportAt = at;
    }

    public void endEarly(EarlyEndReason reason, String note, String by, Instant at) {
        this.earlyEndReason = reason;
        this.earlyEndNote = note;
        this.endedBy = by;
        this.endedAt = at;
        this.status = Status.ENDED_EARLY;
    }

    public void complete(Instant at) {
        if (status == Status.RUNNING) {
            this.status = Status.COMPLETED;
            this.endedAt = at;
        }
    }

    public void decide(InterventionDecision decision, String reason, String by, Instant at) {
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
        this.status = Status.DECIDED;
    }

    public boolean isMember(String userId) {
        return userId != null && (userId.equals(caseworker) || userId.equals(followUpCaseworker)
                || userId.equals(therapist1) || userId.equals(therapist2));
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public long measureId() { return measureId; }
    public String teamId() { return teamId; }
    public LocalDate startDate() { return startDate; }
    public Status status() { return status; }
    public int currentPhase() { return currentPhase; }
    public Boolean atRiskOfPlacement() { return atRiskOfPlacement; }
    public String notEligibleReason() { return notEligibleReason; }
    public String caseworker() { return caseworker; }
    public String followUpCaseworker() { return followUpCaseworker; }
    public String therapist1() { return therapist1; }
    public String therapist2() { return therapist2; }
    public EarlyEndReason earlyEndReason() { return earlyEndReason; }
    public String earlyEndNote() { return earlyEndNote; }
    public String reportFamily() { return reportFamily; }
    public String reportParenting() { return reportParenting; }
    public String parentsMeetNeeds() { return parentsMeetNeeds; }
    public InterventionDecision decision() { return decision; }
    public String decisionReason() { return decisionReason; }
}
