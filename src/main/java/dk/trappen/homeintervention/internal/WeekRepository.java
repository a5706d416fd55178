package dk.trappen.homeintervention.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WeekRepository extends JpaRepository<WeekEntity, Long> {

    List<WeekEntity> findByInterventionIdOrderByWeekNoAsc(long interventionId);

    boolean existsByInterventionIdAndWeekNo(long interventionId, int weekNo);
}
