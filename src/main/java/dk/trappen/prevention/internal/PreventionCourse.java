package dk.trappen.prevention.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.prevention.CourseKind;
import dk.trappen.prevention.CourseStatus;
import dk.trappen.prevention.GoalsOutcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An accepted family's course: a worker, the goals of the start meeting, the contact limit, the closing. */
@Entity
@Table(name = "prevention_course")
public class PreventionCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prevention_course_seq")
    @SequenceGenerator(name = "prevention_course_seq", sequenceName = "prevention_course_seq", allocationSize = 50)
    private Long id;
    private long requestId;
    @Enumerated(EnumType.STRING)
    private CourseKind kind;
    private String worker;
    private Instant assignedAt;
    private String assignedBy;
    private LocalDate contactedOn;
    private String contactNote;
    private String goals;
    private int contactLimit;
    @Enumerated(EnumType.STRING)
    private CourseStatus status;
    @Enumerated(EnumType.STRING)
    private GoalsOutcome goalsOutcome;
    private String recommendation;
    private Boolean worriesRemain;
    private Instant closedAt;
    private String closedBy;
    @Version
    private int version;

    protected PreventionCourse() {
    }

    public PreventionCourse(long requestId, CourseKind kind, String worker, int contactLimit, String assignedBy,
                            Instant assignedAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.worker = worker;
        this.contactLimit = contactLimit;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
        this.status = kind.individual() ? CourseStatus.STARTING : CourseStatus.GROUP_ONLY;
    }

    public void contacted(LocalDate on, String note) {
        this.contactedOn = on;
        this.contactNote = note;
    }

    public void started(String goals) {
        this.goals = goals;
        this.status = CourseStatus.RUNNING;
    }

    public void extended(int extraContacts) {
        this.contactLimit += extraContacts;
    }

    public void closed(GoalsOutcome outcome, String recommendation, boolean worriesRemain, String by, Instant at) {
        this.goalsOutcome = outcome;
        this.recommendation = recommendation;
        this.worriesRemain = worriesRemain;
        this.closedBy = by;
        this.closedAt = at;
        this.status = CourseStatus.CLOSED;
    }

    public Long id() { return id; }
    public long requestId() { return requestId; }
    public CourseKind kind() { return kind; }
    public String worker() { return worker; }
    public Instant assignedAt() { return assignedAt; }
    public LocalDate contactedOn() { return contactedOn; }
    public String goals() { return goals; }
    public int contactLimit() { return contactLimit; }
    public CourseStatus status() { return status; }
    public GoalsOutcome goalsOutcome() { return goalsOutcome; }
    public String recommendation() { return recommendation; }
    public Boolean worriesRemain() { return worriesRemain; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
}
