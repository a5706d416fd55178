package dk.trappen.followup.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A team's quarterly case review (sagsgennemgang). */
@Entity
@Table(name = "case_review")
public class CaseReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_review_seq")
    @SequenceGenerator(name = "case_review_seq", sequenceName = "case_review_seq", allocationSize = 50)
    private Long id;
    private String period;
    private String teamId;
    private int openCases;
    private LocalDate heldOn;
    private String heldBy;
    private String note;
    private Instant createdAt;

    protected CaseReviewEntity() {
    }

    public CaseReviewEntity(String period, String teamId, int openCases, Instant now) {
        this.period = period;
        this.teamId = teamId;
        this.openCases = openCases;
        this.createdAt = now;
    }

    public void held(LocalDate on, String by, String note) {
        this.heldOn = on;
        this.heldBy = by;
        this.note = note;
    }

    public Long id() {
        return id;
    }

    public String teamId() {
        return teamId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public int openCases() {
        return openCases;
    }
}
