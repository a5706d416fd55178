package dk.trappen.casefile.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildPlanRepository extends JpaRepository<ChildPlan, Long> {

    List<ChildPlan> findByCaseIdOrderByVersionDesc(long caseId);

    Optional<ChildPlan> findFirstByCaseIdOrderByVersionDesc(long caseId);
}
