package dk.trappen.decisions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.trappen.decisions.Consent;
import dk.trappen.decisions.DecisionKind;
import dk.trappen.decisions.ProvisionalStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A decision (afgørelse) as made; only a provisional decision's status changes afterwards. */
@Entity
@Table(name = "decision")
public class DecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
    @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
    private Long id;
    @Column(updatable = false)
    private long caseId;
    @Column(updatable = false)
    private Long measureId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private DecisionKind kind;
    @Column(updatable = false)
    private String legalRuleCode;
    @Column(updatable = false)
    private LocalDate decidedOn;
    @Column(updatable = false)
    private String decidedBy;
    @Column(updatable = false)
    private String approvedBy;
    @Column(updatable = false)
    private String reasons;
    @Column(updatable = false)
    private LocalDate childHeardOn;
    @Column(updatable = false)
    private String childNotHeardReason;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Consent custodyConsent;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Consent youngPersonConsent;
    @Column(updatable = false)
    private Long hearingId;
    @Column(updatable = false)
    private Long submissionId;
    @Column(updatable = false)
    private LocalDate confirmBy;
    @Enumerated(EnumType.STRING)
    private ProvisionalStatus provisionalStatus;
    @Column(updatable = false)
    private Long confirmsId;
    @Column(updatable = false)
    private String recordedBy;
    @Column(updatable = false)
    private Instant recordedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_custody_holder", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> custodyHolders = new ArrayList<>();

    protected DecisionEntity() {
    }

    public DecisionEntity(long caseId, Long measureId, DecisionKind kind, String legalRuleCode, LocalDate decidedOn,
                          String decidedBy, String approvedBy, String reasons, LocalDate childHeardOn,
                          String childNotHeardReason, Consent custodyConsent, Consent youngPersonConsent, Long hearingId,
                          Long submissionId, LocalDate confirmBy, Long confirmsId, List<String> custodyHolders,
                          String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.measureId = measureId;
        this.kind = kind;
        this.legalRuleCode = legalRuleCode;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.approvedBy = approvedBy;
        this.reasons = reasons;
        this.childHeardOn = childHeardOn;
        this.childNotHeardReason = childNotHeardReason;
        this.custodyConsent = custodyConsent;
        this.youngPersonConsent = youngPersonConsent;
        this.hearingId = hearingId;
        this.submissionId = submissionId;
        this.confirmBy = confirmBy;
        this.provisionalStatus = confirmBy == null ? null : ProvisionalStatus.PENDING;
        this.confirmsId = confirmsId;
        this.custodyHolders = new ArrayList<>(custodyHolders);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public Long measureId() { return measureId; }
    public DecisionKind kind() { return kind; }
    public String legalRuleCode() { return legalRuleCode; }
    public LocalDate decidedOn() { return decidedOn; }
    public String decidedBy() { return decidedBy; }
    public String approvedBy() { return approvedBy; }
    public String reasons() { return reasons; }
    public LocalDate childHeardOn() { return childHeardOn; }
    public String childNotHeardReason() { return childNotHeardReason; }
    public Consent custodyConsent() { return custodyConsent; }
    public Consent youngPersonConsent() { return youngPersonConsent; }
    public Long hearingId() { return hearingId; }
    public Long submissionId() { return submissionId; }
    public LocalDate confirmBy() { return confirmBy; }
    public ProvisionalStatus provisionalStatus() { return provisionalStatus; }
    public Long confirmsId() { return confirmsId; }
    public Instant recordedAt() { return recordedAt; }
    public List<String> custodyHolders() { return List.copyOf(custodyHolders); }

    public void provisional(ProvisionalStatus status) {
        this.provisionalStatus = status;
    }
}
