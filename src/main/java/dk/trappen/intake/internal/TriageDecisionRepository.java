package dk.trappen.intake.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TriageDecisionRepository extends JpaRepository<TriageDecision, Long> {
    List<TriageDecision> findByConcernIdOrderById(long concernId);
}
