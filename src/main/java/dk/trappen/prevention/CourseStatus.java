package dk.trappen.prevention;

public enum CourseStatus {
    /** Assigned; the worker contacts the family and holds the start meeting. */
    STARTING,
    RUNNING,
    /** Group course only: no individual contacts. */
    GROUP_ONLY,
    CLOSED
}
