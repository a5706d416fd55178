package dk.trappen.followup.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpGoalRepository extends JpaRepository<FollowUpGoalEntity, Long> {

    List<FollowUpGoalEntity> findByFollowUpIdOrderByGoalFieldAsc(long followUpId);

    List<FollowUpGoalEntity> findByFollowUpIdIn(Collection<Long> followUpIds);
}
