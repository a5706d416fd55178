package dk.trappen.prevention.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.prevention.CounsellingOutcome;
import dk.trappen.prevention.Topic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Open anonymous counselling, for statistics only: the date, the topic, the duration and the
 * outcome. No case, no child, no name, no free text, not even who counselled.
 */
@Entity
@Table(name = "anonymous_counselling")
public class AnonymousCounselling {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "anonymous_counselling_seq")
    @SequenceGenerator(name = "anonymous_counselling_seq", sequenceName = "anonymous_counselling_seq", allocationSize = 50)
    private Long id;
    private LocalDate counselledOn;
    @Enumerated(EnumType.STRING)
    private Topic topic;
    private Integer durationMinutes;
    @Enumerated(EnumType.STRING)
    private CounsellingOutcome outcome;
    private Instant recordedAt;

    protected AnonymousCounselling() {
    }

    public AnonymousCounselling(LocalDate counselledOn, Topic topic) {
        this.counselledOn = counselledOn;
        this.topic = topic;
    }

    public void given(LocalDate on, Topic topic, int durationMinutes, CounsellingOutcome outcome, Instant recordedAt) {
        this.counselledOn = on;
        this.topic = topic;
        this.durationMinutes = durationMinutes;
        this.outcome = outcome;
        this.recordedAt = recordedAt;
    }

    /** ANON-2026-000123: a number for Tasklist and Cockpit, nothing about who. */
    public String number() {
        return String.format("ANON-%d-%06d", counselledOn.getYear(), id);
    }

    public Long id() { return id; }
    public LocalDate counselledOn() { return counselledOn; }
    public Topic topic() { return topic; }
    public Integer durationMinutes() { return durationMinutes; }
    public CounsellingOutcome outcome() { return outcome; }
}
