package dk.trappen.staircase.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A placement that ended with the child going home: the plan for the return and its follow-up. */
@Entity
@Table(name = "return_home")
public class ReturnHomeEntity {

    @Id
    private Long measureId;
    private long caseId;
    private LocalDate returnedOn;
    @Column(length = 10000)
    private String plan;
    private boolean supportAfterReturn;
    private LocalDate followUpDue;
    private String recordedBy;
    private Instant recordedAt;

    protected ReturnHomeEntity() {
    }

    public ReturnHomeEntity(long measureId, long caseId, LocalDate returnedOn, String plan, boolean supportAfterReturn,
                            LocalDate followUpDue, String recordedBy, Instant recordedAt) {
        this.measureId = measureId;
        this.caseId = caseId;
        this.returnedOn = returnedOn;
        this.plan = plan;
        this.supportAfterReturn = supportAfterReturn;
        this.followUpDue = followUpDue;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public LocalDate followUpDue() {
        return followUpDue;
    }

    public LocalDate returnedOn() {
        return returnedOn;
    }

    public String plan() {
        return plan;
    }

    public boolean supportAfterReturn() {
        return supportAfterReturn;
    }
}
