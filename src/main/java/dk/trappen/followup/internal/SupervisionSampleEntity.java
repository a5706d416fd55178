package dk.trappen.followup.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One case drawn for a caseworker's monthly supervision, and the team leader's checklist for it. */
@Entity
@Table(name = "supervision_sample")
public class SupervisionSampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_sample_seq")
    @SequenceGenerator(name = "supervision_sample_seq", sequenceName = "supervision_sample_seq", allocationSize = 50)
    private Long id;
    private String period;
    private String teamId;
    private String caseworker;
    private long caseId;
    private int position;
    private Instant drawnAt;
    private Boolean progressOk;
    private Boolean measureRight;
    private Boolean deadlinesKept;
    private String note;
    private String reviewedBy;
    private Instant reviewedAt;

    protected SupervisionSampleEntity() {
    }

    public SupervisionSampleEntity(String period, String teamId, String caseworker, long caseId, int position, Instant now) {
        this.period = period;
        this.teamId = teamId;
        this.caseworker = caseworker;
        this.caseId = caseId;
        this.position = position;
        this.drawnAt = now;
    }

    public void review(boolean progressOk, boolean measureRight, boolean deadlinesKept, String note, String by,
                       Instant at) {
        this.progressOk = progressOk;
        this.measureRight = measureRight;
        this.deadlinesKept = deadlinesKept;
        this.note = note;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public String teamId() {
        return teamId;
    }

    public String caseworker() {
        return caseworker;
    }

    public long caseId() {
        return caseId;
    }

    public int position() {
        return position;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public Boolean progressOk() {
        return progressOk;
    }

    public Boolean measureRight() {
        return measureRight;
    }

    public Boolean deadlinesKept() {
        return deadlinesKept;
    }

    public String note() {
        return note;
    }
}
