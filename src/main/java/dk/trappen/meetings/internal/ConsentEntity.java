package dk.trappen.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.meetings.ConsentInput;
import dk.trappen.meetings.ConsentState;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "consent")
public class ConsentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    private Long id;
    private long childId;
    private String scope;
    private LocalDate givenOn;
    private String givenBy;
    private LocalDate validUntil;
    private String recordedBy;
    private Instant recordedAt;
    private Instant withdrawnAt;
    private String withdrawnBy;
    private String withdrawalReason;

    protected ConsentEntity() {
    }

    public ConsentEntity(long childId, ConsentInput input, String recordedBy, Instant now) {
        this.childId = childId;
        this.scope = input.scope().trim();
        this.givenOn = input.givenOn();
        this.givenBy = input.givenBy().trim();
        this.validUntil = input.validUntil();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public void withdraw(String by, String reason, Instant now) {
        this.withdrawnAt = now;
        this.withdrawnBy = by;
        this.withdrawalReason = reason;
    }

    /** Valid on {@code day}: given, not expired, not withdrawn. */
    public boolean validOn(LocalDate day) {
        return withdrawnAt == null && !givenOn.isAfter(day) && !validUntil.isBefore(day);
    }

    public ConsentState.Consent toView() {
        return new ConsentState.Consent(id, scope, givenOn, givenBy, validUntil, withdrawnAt, withdrawalReason);
    }
}
