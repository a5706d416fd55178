package dk.trappen.staircase;

import java.time.LocalDate;

/**
 * Published in the transaction that ends a measure, whoever ends it (the caseworker at the
 * expected end, a follow-up's decision, a replacing grant): the processes that run alongside the
 * measure (its course, its follow-ups) stop with it.
 */
public record MeasureEnded(long measureId, long caseId, long childId, LocalDate endedOn) {
}
