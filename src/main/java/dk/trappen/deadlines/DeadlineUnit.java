package dk.trappen.deadlines;

/** How a legal deadline is counted. */
public enum DeadlineUnit {
    HOURS,
    DAYS,
    WORKING_DAYS,
    MONTHS
}
