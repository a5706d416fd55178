package dk.trappen.decisions;

/** A chair's provisional decision: waiting for the committee, confirmed in time, or lapsed. */
public enum ProvisionalStatus {
    PENDING, CONFIRMED, LAPSED
}
