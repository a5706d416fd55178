package dk.trappen.followup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.trappen.followup.FollowUpDecision;
import dk.trappen.followup.FollowUpPolicy;
import dk.trappen.followup.FollowUpView;
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
@Table(name = "follow_up")
public class FollowUpEntity {

    public enum Status { PLANNED, OPEN, HELD, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    private Long id;
    private long caseId;
    private long measureId;
    private String teamId;
    private int sequenceNo;
    @Enumerated(EnumType.STRING)
    private FollowUpPolicy policy;
    private String measureType;
    private String cadence;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Boolean meetingChosen;
    private String childView;
    private String preparedBy;
    private Instant preparedAt;
    private LocalDate heldOn;
    private String heldBy;
    private Boolean childHeard;
    private String childNotHeardReason;
    /** Before issue 16 one unlabelled FIT score (ORS or SRS, nobody knew which): kept, never shown or averaged. */
    private Integer fitScore;
    private Integer fitOrs;
    private Integer fitSrs;
    @Enumerated(EnumType.STRING)
    private FollowUpDecision decision;
    private String decisionReason;
    private boolean homeReturnAsked;
    private Boolean homeReturnPossible;
    private String homeReturnReason;
    private Instant escalatedAt;
    private String escalationNote;
    private Instant createdAt;
    @Version
    private int version;

    protected FollowUpEntity() {
    }

    public FollowUpEntity(long caseId, long measureId, String teamId, int sequenceNo, FollowUpPolicy policy,
                          String measureType, String cadence, LocalDate dueDate, Instant now) {
        this.caseId = caseId;
        this.measureId = measureId;
        this.teamId = teamId;
        this.sequenceNo = sequenceNo;
        this.policy = policy;
        this.measureType = measureType;
        this.cadence = cadence;
        this.dueDate = dueDate;
        this.status = Status.PLANNED;
        this.createdAt = now;
    }

    /** § 95 stk. 2: a parallel investigation ended before this first follow-up was due. */
    public void bringForward(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public void open() {
        if (status == Status.PLANNED) {
            status = Status.OPEN;
        }
    }

    public void prepare(boolean meeting, String childView, String by, Instant now) {
        this.meetingChosen = meeting;
        this.childView = childView;
        this.preparedBy = by;
        this.preparedAt = now;
        open();
    }

    public void hold(LocalDate heldOn, String by, Boolean childHeard, String notHeardReason, Integer fitOrs, Integer fitSrs,
                     FollowUpDecision decision, String reason, boolean homeReturnAsked, Boolean homeReturnPossible,
                     String homeReturnReason) {
        this.heldOn = heldOn;
        this.heldBy = by;
        this.childHeard = childHeard;
        this.childNotHeardReason = notHeardReason;
        this.fitOrs = fitOrs;
        this.fitSrs = fitSrs;
        this.decision = decision;
        this.decisionReason = reason;
        this.homeReturnAsked = homeReturnAsked;
        this.homeReturnPossible = homeReturnPossible;
        this.homeReturnReason = homeReturnReason;
        this.status = Status.HELD;
    }

    public void escalate(String note, Instant now) {
        this.escalatedAt = now;
        this.escalationNote = note;
    }

    public void cancel() {
        if (status == Status.PLANNED || status == Status.OPEN) {
            status = Status.CANCELLED;
        }
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long measureId() {
        return measureId;
    }

    public Status status() {
        return status;
    }

    public int sequenceNo() {
        return sequenceNo;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public FollowUpDecision decision() {
        return decision;
    }

    public FollowUpView toView(List<FollowUpView.GoalScore> goals) {
        return new FollowUpView(id, caseId, measureId, sequenceNo, policy, measureType, cadence, dueDate, status.name(),
                meetingChosen, childView, heldOn, heldBy, childHeard, childNotHeardReason, fitOrs, fitSrs, decision,
                decisionReason, homeReturnAsked, homeReturnPossible, homeReturnReason, escalationNote, goals);
    }
}
