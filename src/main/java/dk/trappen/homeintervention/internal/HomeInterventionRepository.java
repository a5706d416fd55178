package dk.trappen.homeintervention.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HomeInterventionRepository extends JpaRepository<HomeInterventionEntity, Long> {

    Optional<HomeInterventionEntity> findByMeasureId(long measureId);

    List<HomeInterventionEntity> findByCaseIdOrderByIdDesc(long caseId);
}
