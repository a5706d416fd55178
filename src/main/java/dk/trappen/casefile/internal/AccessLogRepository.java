package dk.trappen.casefile.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long> {
    long countByChildId(long childId);
}
