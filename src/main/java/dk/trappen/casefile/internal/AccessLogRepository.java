package dk.trappen.casefile.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long> {
    long countByChildId(long childId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from AccessLogEntry e where e.accessedAt < :before")
    int deleteOlderThan(java.time.Instant before);
}
