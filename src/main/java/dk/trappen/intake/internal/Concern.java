package dk.trappen.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dk.trappen.intake.Assessment;
import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernStatus;
import dk.trappen.intake.NotifierType;
import dk.trappen.intake.Route;
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
@Table(name = "concern")
public class Concern {

    public enum Channel { API, FORM }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concern_seq")
    @SequenceGenerator(name = "concern_seq", sequenceName = "concern_seq", allocationSize = 50)
    private Long id;
    private long childId;
    private String teamId;
    @Enumerated(EnumType.STRING)
    private ConcernStatus status;
    @Enumerated(EnumType.STRING)
    private NotifierType notifierType;
    private String notifierOrganisation;
    private String notifierContact;
    private Instant receivedAt;
    private Instant registeredAt;
    private String registeredBy;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String description;
    @Enumerated(EnumType.STRING)
    private ConcernLevel concernLevel;
    private boolean concernsAbuse;
    private boolean childHadOpenCase;
    private Instant assessmentDueAt;
    private LocalDate acknowledgementDueDate;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private Instant assessedAt;
    private String assessedBy;
    private String secondAssessor;
    private Boolean acuteDanger;
    private Boolean boundedProblem;
    private Boolean familyMotivated;
    @Enumerated(EnumType.STRING)
    private Route route;
    private Long caseId;
    private Long acuteOfferId;
    private java.time.LocalDate acutePlacementStart;
    private Instant closedAt;
    private String processInstanceId;
    private String idempotencyOwner;
    private String idempotencyKey;
    private String requestHash;
    @Version
    private int version;

    protected Concern() {
    }

    /** A new concern; the caller has checked every field. */
    public static Concern received(long childId, String teamId, NotifierType notifierType,
                                   String notifierOrganisation, String notifierContact, Instant receivedAt,
                                   String description, ConcernLevel concernLevel, boolean concernsAbuse,
                                   boolean childHadOpenCase, Instant assessmentDueAt,
                                   LocalDate acknowledgementDueDate, Channel channel, String registeredBy,
                                   Instant now) {
        Concern concern = new Concern();
        concern.childId = childId;
        concern.teamId = teamId;
        concern.status = ConcernStatus.RECEIVED;
        concern.notifierType = notifierType;
        concern.notifierOrganisation = notifierOrganisation;
        concern.notifierContact = notifierContact;
        concern.receivedAt = receivedAt;
        concern.description = description;
        concern.concernLevel = concernLevel;
        concern.concernsAbuse = concernsAbuse;
        concern.childHadOpenCase = childHadOpenCase;
        concern.assessmentDueAt = assessmentDueAt;
        concern.acknowledgementDueDate = acknowledgementDueDate;
        concern.channel = channel;
        concern.registeredBy = registeredBy;
        concern.registeredAt = now;
        return concern;
    }

    public void idempotency(String owner, String key, String requestHash) {
        this.idempotencyOwner = owner;
        this.idempotencyKey = key;
        this.requestHash = requestHash;
    }

    /** UND-2026-000123: year received and id, so the number needs no column or counter of its own. */
    public String concernNumber() {
        return number(receivedAt, id);
    }

    public static String number(Instant receivedAt, long id) {
        return String.format("UND-%d-%06d", receivedAt.atZone(ZoneOffset.UTC).getYear(), id);
    }

    /** The concern is (also) about abuse or suspected abuse: learnt after registration. */
    public void markAbuse() {
        this.concernsAbuse = true;
    }

    public void assessed(Assessment assessment, String assessor, Instant now) {
        this.acuteDanger = assessment.acuteDanger();
        this.concernLevel = assessment.concernLevel();
        this.boundedProblem = assessment.boundedProblem();
        this.familyMotivated = assessment.familyMotivated();
        this.secondAssessor = assessment.secondAssessor();
        this.assessedBy = assessor;
        this.assessedAt = now;
        this.status = ConcernStatus.ASSESSED;
    }

    /** Facts revised in a clarification or a dialogue meeting, before the next triage. */
    public void revised(ConcernLevel level, Boolean bounded, Boolean motivated) {
        this.concernLevel = level;
        this.boundedProblem = bounded;
        this.familyMotivated = motivated;
    }

    public void routed(Route route) {
        this.route = route;
    }

    public void acknowledged(String by, Instant now) {
        this.acknowledgedBy = by;
        this.acknowledgedAt = now;
    }

    public void caseOpened(long caseId) {
        this.caseId = caseId;
        this.status = ConcernStatus.CASE_OPENED;
    }

    /** Handed to the child's open case for reassessment, not triaged as if the child were unknown. */
    public void passedToCase(long caseId) {
        this.caseId = caseId;
        this.status = ConcernStatus.PASSED_TO_CASE;
    }

    public void referred() {
        this.status = ConcernStatus.REFERRED;
    }

    public void closed(Instant now) {
        this.status = ConcernStatus.CLOSED;
        this.closedAt = now;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long id() { return id; }
    public long childId() { return childId; }
    public String teamId() { return teamId; }
    public ConcernStatus status() { return status; }
    public NotifierType notifierType() { return notifierType; }
    public String notifierOrganisation() { return notifierOrganisation; }
    public String notifierContact() { return notifierContact; }
    public Instant receivedAt() { return receivedAt; }
    public String registeredBy() { return registeredBy; }
    public String description() { return description; }
    public ConcernLevel concernLevel() { return concernLevel; }
    public boolean concernsAbuse() { return concernsAbuse; }
    public boolean childHadOpenCase() { return childHadOpenCase; }
    public Instant assessmentDueAt() { return assessmentDueAt; }
    public LocalDate acknowledgementDueDate() { return acknowledgementDueDate; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public Instant assessedAt() { return assessedAt; }
    public String assessedBy() { return assessedBy; }
    public String secondAssessor() { return secondAssessor; }
    public Boolean acuteDanger() { return acuteDanger; }
    public Boolean boundedProblem() { return boundedProblem; }
    public Boolean familyMotivated() { return familyMotivated; }
    public Route route() { return route; }
    public Long caseId() { return caseId; }

    /** "Handl akut" placed the child: the case grants the placement when it opens. */
    public void acutelyPlaced(long offerId, java.time.LocalDate start) {
        this.acuteOfferId = offerId;
        this.acutePlacementStart = start;
    }

    public Long acuteOfferId() { return acuteOfferId; }

    public java.time.LocalDate acutePlacementStart() { return acutePlacementStart; }
    public String processInstanceId() { return processInstanceId; }
    public String requestHash() { return requestHash; }
}
