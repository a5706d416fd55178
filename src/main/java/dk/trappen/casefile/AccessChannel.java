package dk.trappen.casefile;

/** Through what a child's record was read, for the audit log. */
public enum AccessChannel {
    /** The product's REST API ({@code /api/**}), by a person or an external system. */
    API,
    /** The page a caseworker opens from a task in Tasklist. */
    TASK
}
