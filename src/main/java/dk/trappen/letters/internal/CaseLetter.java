package dk.trappen.letters.internal;

import java.time.Instant;

import dk.trappen.letters.LetterKind;
import dk.trappen.letters.LetterView;
import dk.trappen.letters.RecipientRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A letter of a case; its text is in {@link CaseLetterVersion}, one row per rendering. */
@Entity
@Table(name = "case_letter")
public class CaseLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_letter_seq")
    @SequenceGenerator(name = "case_letter_seq", sequenceName = "case_letter_seq", allocationSize = 50)
    private Long id;
    private long caseId;
    private Long decisionId;
    private Long hearingId;
    @Enumerated(EnumType.STRING)
    private LetterKind kind;
    @Enumerated(EnumType.STRING)
    private RecipientRole recipientRole;
    private String recipientName;
    private String template;
    @Column(name = "current_version")
    private int version;
    private Long outboxId;
    private String createdBy;
    private Instant createdAt;

    protected CaseLetter() {
    }

    public CaseLetter(long caseId, Long decisionId, Long hearingId, LetterKind kind, RecipientRole role,
                      String recipientName, String template, String createdBy, Instant createdAt) {
        this.caseId = caseId;
        this.decisionId = decisionId;
        this.hearingId = hearingId;
        this.kind = kind;
        this.recipientRole = role;
        this.recipientName = recipientName;
        this.template = template;
        this.version = 0;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public int version() {
        return version;
    }

    public String template() {
        return template;
    }

    public RecipientRole role() {
        return recipientRole;
    }

    public String recipientName() {
        return recipientName;
    }

    public LetterKind kind() {
        return kind;
    }

    public int nextVersion() {
        return ++version;
    }

    public void queued(long outboxId) {
        this.outboxId = outboxId;
    }

    public LetterView toView() {
        return new LetterView(id, caseId, decisionId, hearingId, kind, recipientRole, recipientName, template, version,
                outboxId, createdBy, createdAt);
    }
}
