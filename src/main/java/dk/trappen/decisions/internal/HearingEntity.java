package dk.trappen.decisions.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.decisions.HearingView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A hearing (partshøring); only its answer is written afterwards, once. */
@Entity
@Table(name = "decision_hearing")
public class HearingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_hearing_seq")
    @SequenceGenerator(name = "decision_hearing_seq", sequenceName = "decision_hearing_seq", allocationSize = 50)
    private Long id;
    @Column(updatable = false)
    private long caseId;
    @Column(updatable = false)
    private String subject;
    @Column(updatable = false)
    private LocalDate sentOn;
    @Column(updatable = false)
    private LocalDate answerDueOn;
    private LocalDate answeredOn;
    private String answer;
    @Column(updatable = false)
    private String sentBy;
    private String answerRecordedBy;
    @Column(updatable = false)
    private Instant createdAt;

    protected HearingEntity() {
    }

    public HearingEntity(long caseId, String subject, LocalDate sentOn, LocalDate answerDueOn, String sentBy,
                         Instant createdAt) {
        this.caseId = caseId;
        this.subject = subject;
        this.sentOn = sentOn;
        this.answerDueOn = answerDueOn;
        this.sentBy = sentBy;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public String subject() { return subject; }
    public LocalDate sentOn() { return sentOn; }
    public LocalDate answeredOn() { return answeredOn; }

    public void answered(LocalDate on, String text, String recordedBy) {
        this.answeredOn = on;
        this.answer = text;
        this.answerRecordedBy = recordedBy;
    }

    public HearingView toView() {
        return new HearingView(id, caseId, sentOn, answerDueOn, answeredOn, answer);
    }
}
