package dk.trappen.casefile.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The child's view before a decision on a measure: the conversation's date, or why it was not held. */
@Entity
@Table(name = "child_view")
public class ChildViewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_view_seq")
    @SequenceGenerator(name = "child_view_seq", sequenceName = "child_view_seq", allocationSize = 50)
    private Long id;
    private long caseId;
    private long measureId;
    private String decision;
    private LocalDate heardOn;
    private String notHeardReason;
    private String recordedBy;
    private Instant recordedAt;

    protected ChildViewEntity() {
    }

    public ChildViewEntity(long caseId, long measureId, String decision, LocalDate heardOn, String notHeardReason,
                           String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.measureId = measureId;
        this.decision = decision;
        this.heardOn = heardOn;
        this.notHeardReason = notHeardReason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String decision() {
        return decision;
    }

    public LocalDate heardOn() {
        return heardOn;
    }

    public String notHeardReason() {
        return notHeardReason;
    }
}
