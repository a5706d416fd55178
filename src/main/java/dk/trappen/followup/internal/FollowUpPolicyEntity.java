package dk.trappen.followup.internal;

import java.time.Instant;

import dk.trappen.followup.FollowUpPolicy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case's own follow-up policy, where it differs from the municipality's. */
@Entity
@Table(name = "follow_up_policy")
public class FollowUpPolicyEntity {

    @Id
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private FollowUpPolicy policy;
    private String chosenBy;
    private Instant chosenAt;

    protected FollowUpPolicyEntity() {
    }

    public FollowUpPolicyEntity(long caseId, FollowUpPolicy policy, String chosenBy, Instant chosenAt) {
        this.caseId = caseId;
        this.policy = policy;
        this.chosenBy = chosenBy;
        this.chosenAt = chosenAt;
    }

    public void choose(FollowUpPolicy policy, String by, Instant at) {
        this.policy = policy;
        this.chosenBy = by;
        this.chosenAt = at;
    }

    public FollowUpPolicy policy() {
        return policy;
    }
}
