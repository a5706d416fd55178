package dk.trappen.followup.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlacementVisitRepository extends JpaRepository<PlacementVisitEntity, Long> {

    List<PlacementVisitEntity> findByCaseIdOrderByDueDateAscIdAsc(long caseId);

    List<PlacementVisitEntity> findByMeasureIdAndStatusIn(long measureId, Collection<FollowUpEntity.Status> statuses);

    List<PlacementVisitEntity> findByMeasureIdAndStatusOrderByVisitedOnDesc(long measureId, FollowUpEntity.Status status);
}
