package dk.trappen.homeintervention.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionRepository extends JpaRepository<SessionEntity, Long> {

    List<SessionEntity> findByInterventionIdOrderByHeldOnAscIdAsc(long interventionId);
}
