package dk.trappen.casefile.internal;

import java.time.Instant;

import dk.trappen.casefile.AccessChannel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a refused read of a child's data to the access log in a transaction of its own: the
 * refusal rolls the request's transaction back, and the attempt must stay visible (issue 19).
 * The row's purpose starts with {@link #PREFIX}, so the log keeps one shape (no schema change).
 */
@Component
public class RefusedReads {

    public static final String PREFIX = "AFVIST: ";

    private final AccessLogRepository accessLog;

    RefusedReads(AccessLogRepository accessLog) {
        this.accessLog = accessLog;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(long childId, String userId, Instant at, AccessChannel channel, String purpose) {
        String text = PREFIX + purpose;
        accessLog.save(new AccessLogEntry(childId, userId, at, channel, text.length() > 200 ? text.substring(0, 200) : text));
    }
}
