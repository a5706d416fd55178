package dk.trappen.prevention;

/** A request from receipt to a course (or to the authority). */
public enum RequestStatus {
    /** Waiting for the weekly triage. */
    NEW,
    /** In this week's triage task. */
    IN_TRIAGE,
    /** In the target group, waiting for the weekly distribution. */
    ACCEPTED,
    /** In this week's distribution task. */
    IN_DISTRIBUTION,
    /** Given a course (individual, group or both). */
    ASSIGNED,
    /** Outside the target group: passed on to the authority as a concern. */
    PASSED_ON
}
