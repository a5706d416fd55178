package dk.trappen.letters;

import java.time.Instant;

/** A stored letter: who it is to, which version is current, and whether Digital Post has it yet. */
public record LetterView(long id, long caseId, Long decisionId, Long hearingId, LetterKind kind,
                         RecipientRole recipientRole, String recipient, String template, int version,
                         Long outboxId, String createdBy, Instant createdAt) {
}
