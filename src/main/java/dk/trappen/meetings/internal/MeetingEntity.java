package dk.trappen.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.trappen.meetings.MeetingKind;
import dk.trappen.meetings.MeetingRequest;
import dk.trappen.meetings.MeetingStatus;
import dk.trappen.meetings.MinutesInput;
import dk.trappen.meetings.PlaceKind;
import dk.trappen.meetings.Schedule;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "meeting")
public class MeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status;
    private Long caseId;
    private Long concernId;
    private Long preventionCourseId;
    private long childId;
    private String teamId;
    private String caseworker;
    private LocalDate dueDate;
    private Instant scheduledAt;
    @Enumerated(EnumType.STRING)
    private PlaceKind placeKind;
    private String place;
    private String legalBasis;
    private String minutes;
    private String decisions;
    private String planForChild;
    private String planForParents;
    private String whoDoesWhat;
    private String cancelReason;
    private boolean exchangeDeclined;
    private String questions;
    private String coordinator;
    private Instant heldAt;
    private Boolean dataExchangeAtMeeting;
    private String createdBy;
    private Instant createdAt;
    @Version
    private int version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<ParticipantEntity> participants = new ArrayList<>();

    protected MeetingEntity() {
    }

    public MeetingEntity(MeetingRequest request, String createdBy, Instant now) {
        this.kind = request.kind();
        this.status = MeetingStatus.REQUESTED;
        this.caseId = request.caseId();
        this.concernId = request.concernId();
        this.preventionCourseId = request.preventionCourseId();
        this.childId = request.childId();
        this.teamId = request.teamId();
        this.caseworker = request.caseworker();
        this.dueDate = request.dueDate();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void schedule(Schedule schedule, List<ParticipantEntity> invited, String legalBasis, boolean exchangeDeclined) {
        this.exchangeDeclined = exchangeDeclined;
        this.scheduledAt = schedule.at().toInstant();
        this.placeKind = schedule.placeKind();
        this.place = schedule.place();
        this.legalBasis = legalBasis;
        this.participants.clear();
        this.participants.addAll(invited);
        this.status = MeetingStatus.SCHEDULED;
    }

    public void reschedule(Schedule schedule) {
        this.scheduledAt = schedule.at().toInstant();
        this.placeKind = schedule.placeKind();
        this.place = schedule.place();
    }

    public void hold(MinutesInput input, boolean dataExchange, Instant now) {
        recordFamilyPlan(input);
        this.decisions = input.decisions();
        held(dataExchange, now);
    }

    public void agreeQuestions(String questions, String coordinator) {
        this.questions = questions;
        this.coordinator = coordinator;
    }

    /** The family group conference's information round and the family's own plan, before approval. */
    public void recordFamilyPlan(MinutesInput input) {
        this.minutes = input.minutes();
        this.planForChild = input.planForChild();
        this.planForParents = input.planForParents();
        this.whoDoesWhat = input.whoDoesWhat();
    }

    public void held(boolean dataExchange, Instant now) {
        this.dataExchangeAtMeeting = dataExchange;
        this.heldAt = now;
        this.status = MeetingStatus.HELD;
    }

    public boolean exchangeDeclined() {
        return exchangeDeclined;
    }

    public String questions() {
        return questions;
    }

    public String coordinator() {
        return coordinator;
    }

    public void cancel(String reason) {
        this.cancelReason = reason;
        this.status = MeetingStatus.CANCELLED;
    }

    public long id() {
        return id;
    }

    public MeetingKind kind() {
        return kind;
    }

    public MeetingStatus status() {
        return status;
    }

    public Long caseId() {
        return caseId;
    }

    public Long concernId() {
        return concernId;
    }

    public long childId() {
        return childId;
    }

    public String teamId() {
        return teamId;
    }

    public String caseworker() {
        return caseworker;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public PlaceKind placeKind() {
        return placeKind;
    }

    public String place() {
        return place;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String minutes() {
        return minutes;
    }

    public String decisions() {
        return decisions;
    }

    public String planForChild() {
        return planForChild;
    }

    public String planForParents() {
        return planForParents;
    }

    public String whoDoesWhat() {
        return whoDoesWhat;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public List<ParticipantEntity> participants() {
        return participants;
    }

    /** The meeting's number for letters and the business key: MØDE-2026-000123. */
    public String number() {
        return String.format("MØDE-%d-%06d", createdAt.atZone(java.time.ZoneOffset.UTC).getYear(), id);
    }
}
