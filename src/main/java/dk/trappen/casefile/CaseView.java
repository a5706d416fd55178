package dk.trappen.casefile;

import java.time.Instant;

/** A case's own facts: number, team, responsible caseworker, when opened and, if so, closed and why. */
public record CaseView(CaseRef ref, boolean open, Instant openedAt, Long originConcernId, Instant closedAt,
                       String closedBy, String closeReason) {
}
