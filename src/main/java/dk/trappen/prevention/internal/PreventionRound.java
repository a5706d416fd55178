package dk.trappen.prevention.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One weekly triage or distribution task: the requests it holds point to it with their slot. */
@Entity
@Table(name = "prevention_round")
public class PreventionRound {

    public enum Kind { TRIAGE, DISTRIBUTION }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prevention_round_seq")
    @SequenceGenerator(name = "prevention_round_seq", sequenceName = "prevention_round_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private Instant createdAt;
    private Instant completedAt;
    private String completedBy;

    protected PreventionRound() {
    }

    public PreventionRound(Kind kind, Instant createdAt) {
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public void completed(String by, Instant at) {
        this.completedBy = by;
        this.completedAt = at;
    }

    public Long id() { return id; }
    public Kind kind() { return kind; }
    public Instant completedAt() { return completedAt; }
}
