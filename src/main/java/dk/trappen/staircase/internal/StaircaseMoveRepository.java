package dk.trappen.staircase.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaircaseMoveRepository extends JpaRepository<StaircaseMoveEntity, Long> {

    List<StaircaseMoveEntity> findByChildIdOrderByMovedOnAscIdAsc(long childId);

    List<StaircaseMoveEntity> findByCaseIdInAndMovedOnBetweenOrderByMovedOnAsc(Collection<Long> caseIds, LocalDate from,
                                                                            LocalDate to);
}
