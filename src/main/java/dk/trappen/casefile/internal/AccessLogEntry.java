package dk.trappen.casefile.internal;

import java.time.Instant;

import dk.trappen.casefile.AccessChannel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "child_access_log")
public class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_access_seq")
    @SequenceGenerator(name = "child_access_seq", sequenceName = "child_access_seq", allocationSize = 50)
    private Long id;
    private long childId;
    private String userId;
    private Instant accessedAt;
    @Enumerated(EnumType.STRING)
    private AccessChannel channel;
    private String purpose;

    protected AccessLogEntry() {
    }

    public AccessLogEntry(long childId, String userId, Instant accessedAt, AccessChannel channel, String purpose) {
        this.childId = childId;
        this.userId = userId;
        this.accessedAt = accessedAt;
        this.channel = channel;
        this.purpose = purpose;
    }
}
