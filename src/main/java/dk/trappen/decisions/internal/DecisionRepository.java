package dk.trappen.decisions.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<DecisionEntity, Long> {

    List<DecisionEntity> findByCaseIdOrderByDecidedOnAscIdAsc(long caseId);
}
