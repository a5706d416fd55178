package dk.trappen.staircase.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaircaseMoveRepository extends JpaRepository<StaircaseMoveEntity, Long> {

    List<StaircaseMoveEntity> findByChildIdOrderByMovedOnAscIdAsc(long childId);
}
