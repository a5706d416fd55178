package dk.trappen.prevention.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A worker's request for more contacts than the limit, and the leader's decision. */
@Entity
@Table(name = "prevention_extension")
public class CourseExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prevention_extension_seq")
    @SequenceGenerator(name = "prevention_extension_seq", sequenceName = "prevention_extension_seq", allocationSize = 50)
    private Long id;
    private long courseId;
    private String reason;
    private String requestedBy;
    private Instant requestedAt;
    private Boolean approved;
    private Integer extraContacts;
    private String decisionNote;
    private String decidedBy;
    private Instant decidedAt;

    protected CourseExtension() {
    }

    public CourseExtension(long courseId, String reason, String requestedBy, Instant requestedAt) {
        this.courseId = courseId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void decided(boolean approved, Integer extraContacts, String note, String by, Instant at) {
        this.approved = approved;
        this.extraContacts = extraContacts;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long id() { return id; }
    public long courseId() { return courseId; }
    public String reason() { return reason; }
    public Boolean approved() { return approved; }
    public Integer extraContacts() { return extraContacts; }
    public String decidedBy() { return decidedBy; }
}
