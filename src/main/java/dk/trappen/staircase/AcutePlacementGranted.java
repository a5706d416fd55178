package dk.trappen.staircase;

/**
 * An acute placement was granted: its follow-ups and supervision visits run from day one.
 * Published in the granting transaction.
 */
public record AcutePlacementGranted(long measureId, long caseId) {
}
