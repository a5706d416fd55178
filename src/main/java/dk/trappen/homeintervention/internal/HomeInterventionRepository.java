package dk.trappen.homeintervention.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface HomeInterventionRepository extends JpaRepository<HomeInterventionEntity, Long> {

    Optional<HomeInterventionEntity> findByMeasureId(long measureId);

    List<HomeInterventionEntity> findByCaseIdOrderByIdDesc(long caseId);

    /**
     * The intervention, its row locked until the transaction ends, so that two team members ending
     * it early at once run one after the other and the second is told it has already ended.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from HomeInterventionEntity i where i.id = :id")
    Optional<HomeInterventionEntity> findForChange(long id);
}
