package dk.trappen.followup.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUpEntity, Long> {

    List<FollowUpEntity> findByMeasureIdOrderBySequenceNoAsc(long measureId);

    List<FollowUpEntity> findByCaseIdOrderByDueDateAscIdAsc(long caseId);

    List<FollowUpEntity> findByCaseIdAndStatusIn(long caseId, Collection<FollowUpEntity.Status> statuses);

    List<FollowUpEntity> findByCaseIdInAndStatus(Collection<Long> caseIds, FollowUpEntity.Status status);

    List<FollowUpEntity> findByMeasureIdAndStatusIn(long measureId, Collection<FollowUpEntity.Status> statuses);

    long countByMeasureIdAndStatus(long measureId, FollowUpEntity.Status status);

    List<FollowUpEntity> findByCaseIdInAndHeldOnBetweenOrderByHeldOnAsc(Collection<Long> caseIds, java.time.LocalDate from,
                                                                        java.time.LocalDate to);
}
