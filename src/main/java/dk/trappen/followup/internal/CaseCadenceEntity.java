package dk.trappen.followup.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The cadence a case's first follow-up decided for the next ones (Barnets lov § 95 stk. 3), with
 * the reasons given to the child and the parents. {@code POLICY}: the policy's table keeps deciding.
 */
@Entity
@Table(name = "case_follow_up_cadence")
public class CaseCadenceEntity {

    public static final String POLICY = "POLICY";

    @Id
    private Long caseId;
    private String cadence;
    private String reason;
    private boolean toldChildParents;
    private long followUpId;
    private String decidedBy;
    private Instant decidedAt;

    protected CaseCadenceEntity() {
    }

    public CaseCadenceEntity(long caseId, String cadence, String reason, boolean toldChildParents, long followUpId,
                             String decidedBy, Instant decidedAt) {
        this.caseId = caseId;
        this.cadence = cadence;
        this.reason = reason;
        this.toldChildParents = toldChildParents;
        this.followUpId = followUpId;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public String cadence() {
        return cadence;
    }

    public boolean followsPolicy() {
        return POLICY.equals(cadence);
    }
}
