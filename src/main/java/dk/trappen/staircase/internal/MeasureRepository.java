package dk.trappen.staircase.internal;

import java.util.Collection;
import java.util.List;

import dk.trappen.staircase.MeasureStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureRepository extends JpaRepository<MeasureEntity, Long> {

    List<MeasureEntity> findByCaseIdOrderByProposedAtAscIdAsc(long caseId);

    List<MeasureEntity> findByChildIdAndStatus(long childId, MeasureStatus status);

    List<MeasureEntity> findByCaseIdIn(Collection<Long> caseIds);

    List<MeasureEntity> findByCaseIdInAndStatus(Collection<Long> caseIds, MeasureStatus status);

    long countByCaseIdAndStatusIn(long caseId, Collection<MeasureStatus> statuses);
}
