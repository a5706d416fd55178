package dk.trappen.decisions.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.decisions.CommitteeSubmissionView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The submission (indstilling) of a placement without consent to the children and youth committee. */
@Entity
@Table(name = "committee_submission")
public class CommitteeSubmissionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_submission_seq")
    @SequenceGenerator(name = "committee_submission_seq", sequenceName = "committee_submission_seq", allocationSize = 50)
    private Long id;
    @Column(updatable = false)
    private long caseId;
    @Column(updatable = false)
    private Long measureId;
    @Column(updatable = false)
    private String submission;
    @Column(updatable = false)
    private String preparedBy;
    @Column(updatable = false)
    private LocalDate preparedOn;
    @Column(updatable = false)
    private LocalDate legalAidOfferedOn;
    private LocalDate committeeMeetingOn;
    /** The custody holders the committee's decision is written to, one per line. */
    @Column(updatable = false)
    private String custodyHolders;
    @Column(updatable = false)
    private Instant createdAt;

    protected CommitteeSubmissionEntity() {
    }

    public CommitteeSubmissionEntity(long caseId, Long measureId, String submission, String preparedBy,
                                     LocalDate preparedOn, LocalDate legalAidOfferedOn, LocalDate committeeMeetingOn,
                                     java.util.List<String> custodyHolders, Instant createdAt) {
        this.custodyHolders = custodyHolders == null || custodyHolders.isEmpty() ? null : String.join("\n", custodyHolders);
        this.caseId = caseId;
        this.measureId = measureId;
        this.submission = submission;
        this.preparedBy = preparedBy;
        this.preparedOn = preparedOn;
        this.legalAidOfferedOn = legalAidOfferedOn;
        this.committeeMeetingOn = committeeMeetingOn;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public Long measureId() { return measureId; }

    /** The committee met (its date is known once the decision is recorded). */
    public void metOn(LocalDate day) {
        this.committeeMeetingOn = day;
    }

    public java.util.List<String> custodyHolders() {
        return custodyHolders == null ? java.util.List.of() : java.util.List.of(custodyHolders.split("\n"));
    }

    public CommitteeSubmissionView toView() {
        return new CommitteeSubmissionView(id, caseId, measureId, submission, preparedBy, preparedOn, legalAidOfferedOn,
                committeeMeetingOn);
    }
}
