package dk.trappen.casefile.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvestigationRepository extends JpaRepository<Investigation, Long> {

    List<Investigation> findByCaseIdOrderByCompletedAtAscIdAsc(long caseId);

    List<Investigation> findByCaseIdInOrderByCompletedAtAscIdAsc(java.util.Collection<Long> caseIds);
}
