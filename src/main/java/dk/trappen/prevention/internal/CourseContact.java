package dk.trappen.prevention.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.prevention.ContactPlace;
import dk.trappen.prevention.Rater;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One contact of a course: where, who, how long, a note, and the family's FIT scores with their flags. */
@Entity
@Table(name = "prevention_contact")
public class CourseContact {

    public enum Kind { START_MEETING, CONTACT, NETWORK_MEETING }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prevention_contact_seq")
    @SequenceGenerator(name = "prevention_contact_seq", sequenceName = "prevention_contact_seq", allocationSize = 50)
    private Long id;
    private long courseId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private Long meetingId;
    private LocalDate contactDate;
    @Enumerated(EnumType.STRING)
    private ContactPlace place;
    private String participants;
    private Integer durationMinutes;
    private String note;
    @Enumerated(EnumType.STRING)
    private Rater rater;
    private Integer ors;
    private Integer srs;
    private boolean orsBelowCutoff;
    private boolean srsBelowCutoff;
    private boolean orsFalling;
    private String recordedBy;
    private Instant recordedAt;

    protected CourseContact() {
    }

    public CourseContact(long courseId, Kind kind, Long meetingId, LocalDate contactDate, ContactPlace place,
                         String participants, Integer durationMinutes, String note, Rater rater, Integer ors,
                         Integer srs, boolean orsBelowCutoff, boolean srsBelowCutoff, boolean orsFalling,
                         String recordedBy, Instant recordedAt) {
        this.courseId = courseId;
        this.kind = kind;
        this.meetingId = meetingId;
        this.contactDate = contactDate;
        this.place = place;
        this.participants = participants;
        this.durationMinutes = durationMinutes;
        this.note = note;
        this.rater = rater;
        this.ors = ors;
        this.srs = srs;
        this.orsBelowCutoff = orsBelowCutoff;
        this.srsBelowCutoff = srsBelowCutoff;
        this.orsFalling = orsFalling;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() { return id; }
    public long courseId() { return courseId; }
    public Kind kind() { return kind; }
    public Long meetingId() { return meetingId; }
    public LocalDate contactDate() { return contactDate; }
    public ContactPlace place() { return place; }
    public String participants() { return participants; }
    public Integer durationMinutes() { return durationMinutes; }
    public String note() { return note; }
    public Rater rater() { return rater; }
    public Integer ors() { return ors; }
    public Integer srs() { return srs; }
    public boolean orsBelowCutoff() { return orsBelowCutoff; }
    public boolean srsBelowCutoff() { return srsBelowCutoff; }
    public boolean orsFalling() { return orsFalling; }
    public String recordedBy() { return recordedBy; }
}
