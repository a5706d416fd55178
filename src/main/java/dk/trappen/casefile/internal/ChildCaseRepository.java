package dk.trappen.casefile.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildCaseRepository extends JpaRepository<ChildCase, Long> {
    Optional<ChildCase> findFirstByChildIdAndStatus(long childId, ChildCase.Status status);
}
