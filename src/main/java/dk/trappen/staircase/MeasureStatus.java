package dk.trappen.staircase;

/** Where a measure is between the caseworker's proposal and its end. */
public enum MeasureStatus {
    /** Chosen by the caseworker, waiting for the grant (or the team leader's approval). */
    PROPOSED,
    /** Sent back by the team leader for changes. */
    RETURNED,
    /** Refused by the team leader; the caseworker chooses another measure. */
    REJECTED,
    /** Granted and running. */
    GRANTED,
    /** Ended; the staircase move is recorded. */
    ENDED
}
