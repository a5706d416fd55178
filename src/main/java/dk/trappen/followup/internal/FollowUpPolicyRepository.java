package dk.trappen.followup.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpPolicyRepository extends JpaRepository<FollowUpPolicyEntity, Long> {
}
