package dk.trappen.casefile.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import dk.trappen.casefile.CaseRef;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "child_case")
public class ChildCase {

    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_case_seq")
    @SequenceGenerator(name = "child_case_seq", sequenceName = "child_case_seq", allocationSize = 50)
    private Long id;
    private long childId;
    private String teamId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant openedAt;
    private String openedBy;
    private Long originConcernId;
    private Instant closedAt;
    private String caseworker;
    private String closedBy;
    private String closeReason;

    protected ChildCase() {
    }

    public static ChildCase open(Child child, String openedBy, Long originConcernId, Instant now) {
        return open(child, openedBy, openedBy, originConcernId, now);
    }

    /** {@code caseworker} null: the case belongs to its team until the team leader gives it to someone. */
    public static ChildCase open(Child child, String openedBy, String caseworker, Long originConcernId, Instant now) {
        ChildCase childCase = new ChildCase();
        childCase.childId = child.id();
        childCase.teamId = child.teamId();
        childCase.status = Status.OPEN;
        childCase.openedAt = now;
        childCase.openedBy = openedBy;
        childCase.originConcernId = originConcernId;
        childCase.caseworker = caseworker;
        return childCase;
    }

    /** SAG-2026-000123: year opened and id, so the number never needs a column or a counter of its own. */
    public String caseNumber() {
        return String.format("SAG-%d-%06d", openedAt.atZone(ZoneOffset.UTC).getYear(), id);
    }

    public CaseRef toRef() {
        return new CaseRef(id, caseNumber(), childId, teamId, caseworker);
    }

    public void assign(String caseworker) {
        this.caseworker = caseworker;
    }

    public void close(String by, String reason, Instant now) {
        this.status = Status.CLOSED;
        this.closedBy = by;
        this.closeReason = reason;
        this.closedAt = now;
    }

    public long id() {
        return id;
    }

    public long childId() {
        return childId;
    }

    public String teamId() {
        return teamId;
    }

    public Status status() {
        return status;
    }

    public String caseworker() {
        return caseworker;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public String closeReason() {
        return closeReason;
    }

    public Long originConcernId() {
        return originConcernId;
    }
}
