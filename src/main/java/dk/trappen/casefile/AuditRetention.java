package dk.trappen.casefile;

import java.time.Period;

import dk.trappen.casefile.internal.AccessLogRepository;
import dk.trappen.platform.TimeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of reads of children's records keeps its own retention
 * ({@code trappen.retention.access-log}, default 5 years), apart from the engine's history, whose
 * time-to-live each model sets and Camunda's history cleanup enforces. Runs nightly; on several
 * nodes each runs it, and deleting what is already gone does nothing.
 */
@Service
public class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AccessLogRepository accessLog;
    private final TimeSource time;
    private final Period retention;

    AuditRetention(AccessLogRepository accessLog, TimeSource time,
                   @Value("${trappen.retention.access-log:P5Y}") Period retention) {
        this.accessLog = accessLog;
        this.time = time;
        this.retention = retention;
    }

    /** Deletes the audit rows older than the retention; returns how many. */
    @Scheduled(cron = "${trappen.retention.cron:0 30 1 * * *}", zone = "${trappen.zone:Europe/Copenhagen}")
    @Transactional
    public int purge() {
        int deleted = accessLog.deleteOlderThan(time.inZone(time.now()).minus(retention).toInstant());
        if (deleted > 0) {
            log.info("Audit retention: {} access-log rows older than {} deleted", deleted, retention);
        }
        return deleted;
    }
}
