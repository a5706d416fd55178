package dk.trappen.followup.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.followup.VisitView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "placement_visit")
public class PlacementVisitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_visit_seq")
    @SequenceGenerator(name = "placement_visit_seq", sequenceName = "placement_visit_seq", allocationSize = 50)
    private Long id;
    private long caseId;
    private long measureId;
    private String teamId;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private FollowUpEntity.Status status;
    private LocalDate visitedOn;
    private String visitedBy;
    private Boolean talkedWithChild;
    private Boolean withoutStaff;
    private String note;
    private Instant createdAt;
    @Version
    private int version;

    protected PlacementVisitEntity() {
    }

    public PlacementVisitEntity(long caseId, long measureId, String teamId, LocalDate dueDate, Instant now) {
        this.caseId = caseId;
        this.measureId = measureId;
        this.teamId = teamId;
        this.dueDate = dueDate;
        this.status = FollowUpEntity.Status.PLANNED;
        this.createdAt = now;
    }

    public void open() {
        if (status == FollowUpEntity.Status.PLANNED) {
            status = FollowUpEntity.Status.OPEN;
        }
    }

    public void visited(LocalDate on, String by, boolean talkedWithChild, boolean withoutStaff, String note) {
        this.visitedOn = on;
        this.visitedBy = by;
        this.talkedWithChild = talkedWithChild;
        this.withoutStaff = withoutStaff;
        this.note = note;
        this.status = FollowUpEntity.Status.HELD;
    }

    public void cancel() {
        if (status == FollowUpEntity.Status.PLANNED || status == FollowUpEntity.Status.OPEN) {
            status = FollowUpEntity.Status.CANCELLED;
        }
    }

    public Long id() {
        return id;
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public FollowUpEntity.Status status() {
        return status;
    }

    public long caseId() {
        return caseId;
    }

    public VisitView toView() {
        return new VisitView(id, caseId, measureId, dueDate, status.name(), visitedOn, visitedBy, talkedWithChild,
                withoutStaff, note);
    }
}
