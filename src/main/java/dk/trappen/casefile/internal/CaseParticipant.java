package dk.trappen.casefile.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "case_participant")
@IdClass(CaseParticipant.Key.class)
public class CaseParticipant {

    public record Key(long caseId, String userId) implements Serializable {
        public Key() {
            this(0, null);
        }
    }

    @Id
    private long caseId;
    @Id
    private String userId;
    private Instant firstAt;

    protected CaseParticipant() {
    }

    public CaseParticipant(long caseId, String userId, Instant firstAt) {
        this.caseId = caseId;
        this.userId = userId;
        this.firstAt = firstAt;
    }
}
