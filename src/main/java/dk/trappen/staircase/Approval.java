package dk.trappen.staircase;

/** The team leader's decision on a measure that needs approval. */
public enum Approval {
    APPROVED,
    /** Refused: the caseworker chooses another measure. */
    REJECTED,
    /** Sent back: the caseworker changes the same measure. */
    RETURNED
}
