package dk.trappen.decisions.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeSubmissionRepository extends JpaRepository<CommitteeSubmissionEntity, Long> {
}
