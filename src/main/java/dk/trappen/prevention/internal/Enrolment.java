package dk.trappen.prevention.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A family (its course) enrolled in a group offer. */
@Entity
@Table(name = "prevention_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prevention_enrolment_seq")
    @SequenceGenerator(name = "prevention_enrolment_seq", sequenceName = "prevention_enrolment_seq", allocationSize = 50)
    private Long id;
    private long offerId;
    private long courseId;
    private Instant enrolledAt;
    private String enrolledBy;

    protected Enrolment() {
    }

    public Enrolment(long offerId, long courseId, String enrolledBy, Instant enrolledAt) {
        this.offerId = offerId;
        this.courseId = courseId;
        this.enrolledBy = enrolledBy;
        this.enrolledAt = enrolledAt;
    }

    public long offerId() { return offerId; }
    public long courseId() { return courseId; }
}
