package dk.trappen.prevention.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import dk.trappen.intake.ConcernLevel;
import dk.trappen.prevention.ReferrerRole;
import dk.trappen.prevention.RequestStatus;
import dk.trappen.prevention.Topic;
import dk.trappen.prevention.WayIn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A family's request to the unit, from receipt through the weekly triage and distribution. */
@Entity
@Table(name = "prevention_request")
public class PreventionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prevention_request_seq")
    @SequenceGenerator(name = "prevention_request_seq", sequenceName = "prevention_request_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private WayIn wayIn;
    private Long concernId;
    private long childId;
    private String parentName;
    private String familyContact;
    @Enumerated(EnumType.STRING)
    private ReferrerRole referrerRole;
    private String referrerOrganisation;
    @Enumerated(EnumType.STRING)
    private Topic topic;
    private String description;
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    private Long triageRoundId;
    private Integer triageSlot;
    private Instant triagedAt;
    private String triagedBy;
    private String neededCompetence;
    private String passReason;
    @Enumerated(EnumType.STRING)
    private ConcernLevel passedConcernLevel;
    private Long passedConcernId;
    @Enumerated(EnumType.STRING)
    private ConcernLevel worriesLevel;
    private Long distributionRoundId;
    private Integer distributionSlot;
    private String processInstanceId;
    private String registeredBy;
    @Version
    private int version;

    protected PreventionRequest() {
    }

    public PreventionRequest(WayIn wayIn, Long concernId, long childId, String parentName, String familyContact,
                             ReferrerRole referrerRole, String referrerOrganisation, Topic topic, String description,
                             Instant receivedAt, String registeredBy) {
        this.wayIn = wayIn;
        this.concernId = concernId;
        this.childId = childId;
        this.parentName = parentName;
        this.familyContact = familyContact;
        this.referrerRole = referrerRole;
        this.referrerOrganisation = referrerOrganisation;
        this.topic = topic;
        this.description = description;
        this.receivedAt = receivedAt;
        this.registeredBy = registeredBy;
        this.status = RequestStatus.NEW;
    }

    /** FOR-2026-000123: year received and id. */
    public String number() {
        return String.format("FOR-%d-%06d", receivedAt.atZone(ZoneOffset.UTC).getYear(), id);
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void inTriage(long roundId, int slot) {
        this.status = RequestStatus.IN_TRIAGE;
        this.triageRoundId = roundId;
        this.triageSlot = slot;
    }

    public void accepted(String competence, String by, Instant at) {
        this.status = RequestStatus.ACCEPTED;
        this.neededCompetence = competence;
        triaged(by, at);
    }

    public void passedOn(String reason, ConcernLevel level, String by, Instant at) {
        this.status = RequestStatus.PASSED_ON;
        this.passReason = reason;
        this.passedConcernLevel = level;
        triaged(by, at);
    }

    private void triaged(String by, Instant at) {
        this.triagedBy = by;
        this.triagedAt = at;
    }

    /** The course ended with worries: passed to the authority at this level. */
    public void worriesRemain(ConcernLevel level) {
        this.worriesLevel = level;
    }

    public void concernRegistered(long concernId) {
        this.passedConcernId = concernId;
    }

    public void inDistribution(long roundId, int slot) {
        this.status = RequestStatus.IN_DISTRIBUTION;
        this.distributionRoundId = roundId;
        this.distributionSlot = slot;
    }

    public void assigned() {
        this.status = RequestStatus.ASSIGNED;
    }

    public Long id() { return id; }
    public WayIn wayIn() { return wayIn; }
    public Long concernId() { return concernId; }
    public long childId() { return childId; }
    public String parentName() { return parentName; }
    public String familyContact() { return familyContact; }
    public ReferrerRole referrerRole() { return referrerRole; }
    public String referrerOrganisation() { return referrerOrganisation; }
    public Topic topic() { return topic; }
    public String description() { return description; }
    public Instant receivedAt() { return receivedAt; }
    public RequestStatus status() { return status; }
    public Integer triageSlot() { return triageSlot; }
    public Instant triagedAt() { return triagedAt; }
    public String triagedBy() { return triagedBy; }
    public String neededCompetence() { return neededCompetence; }
    public String passReason() { return passReason; }
    public ConcernLevel passedConcernLevel() { return passedConcernLevel; }
    public Long passedConcernId() { return passedConcernId; }
    public ConcernLevel worriesLevel() { return worriesLevel; }
    public Integer distributionSlot() { return distributionSlot; }
    public String processInstanceId() { return processInstanceId; }
}
