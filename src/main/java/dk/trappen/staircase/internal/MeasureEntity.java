package dk.trappen.staircase.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.staircase.CaseContext;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.MeasureProposal;
import dk.trappen.staircase.MeasureStatus;
import dk.trappen.staircase.MeasureView;
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
@Table(name = "measure")
public class MeasureEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_seq")
    @SequenceGenerator(name = "measure_seq", sequenceName = "measure_seq", allocationSize = 50)
    private Long id;
    private long caseId;
    private long childId;
    private String teamId;
    private long offerId;
    private String offerName;
    @Enumerated(EnumType.STRING)
    private MeasureKind measureKind;
    private int staircaseStep;
    @Enumerated(EnumType.STRING)
    private MeasureStatus status;
    private LocalDate startDate;
    private int durationWeeks;
    private LocalDate expectedEndDate;
    private String purpose;
    private String stepReason;
    private String alongsideReason;
    private String returnHomePlan;
    private String legalRuleCode;
    private String legalBasis;
    private String proposedBy;
    private Instant proposedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionReason;
    private LocalDate endedOn;
    private String endReason;
    private String endedBy;
    @Version
    private int version;

    protected MeasureEntity() {
    }

    public MeasureEntity(CaseContext context, OfferEntity offer, MeasureProposal proposal, String legalBasis,
                         String proposedBy, Instant now) {
        this.caseId = context.caseId();
        this.childId = context.childId();
        this.teamId = context.teamId();
        propose(offer, proposal, legalBasis, proposedBy, now);
    }

    /** A new proposal, or the same measure changed after the team leader sent it back. */
    public void propose(OfferEntity offer, MeasureProposal proposal, String legalBasis, String proposedBy, Instant now) {
        this.offerId = offer.id();
        this.offerName = offer.name();
        this.measureKind = offer.measureKind();
        this.staircaseStep = offer.staircaseStep();
        this.legalRuleCode = offer.measureKind().legalRuleCode();
        this.legalBasis = legalBasis;
        this.startDate = proposal.startDate();
        this.durationWeeks = proposal.durationWeeks();
        this.expectedEndDate = proposal.startDate().plusWeeks(proposal.durationWeeks());
        this.purpose = proposal.purpose().trim();
        this.stepReason = proposal.stepReason();
        this.alongsideReason = proposal.alongsideReason() == null || proposal.alongsideReason().isBlank() ? null
                : proposal.alongsideReason().trim();
        this.returnHomePlan = proposal.returnHomePlan() == null || proposal.returnHomePlan().isBlank() ? null
                : proposal.returnHomePlan().trim();
        this.proposedBy = proposedBy;
        this.proposedAt = now;
        this.status = MeasureStatus.PROPOSED;
    }

    public void decide(MeasureStatus decision, String by, String reason, Instant now) {
        this.status = decision;
        this.decidedBy = by;
        this.decisionReason = reason;
        this.decidedAt = now;
    }

    public void extend(LocalDate newExpectedEnd) {
        this.expectedEndDate = newExpectedEnd;
    }

    public void end(LocalDate on, String reason, String by) {
        this.status = MeasureStatus.ENDED;
        this.endedOn = on;
        this.endReason = reason;
        this.endedBy = by;
    }

    public long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long childId() {
        return childId;
    }

    public MeasureStatus status() {
        return status;
    }

    public int staircaseStep() {
        return staircaseStep;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate expectedEndDate() {
        return expectedEndDate;
    }

    /** The plan for the child's return home, when this measure replaces a placement (personal data). */
    public String returnHomePlan() {
        return returnHomePlan;
    }

    public MeasureView toView() {
        return new MeasureView(id, caseId, offerId, offerName, measureKind, staircaseStep, status, startDate,
                durationWeeks, expectedEndDate, purpose, stepReason, legalBasis, proposedBy, proposedAt, decidedBy,
                decidedAt, decisionReason, endedOn, endReason, alongsideReason);
    }
}
