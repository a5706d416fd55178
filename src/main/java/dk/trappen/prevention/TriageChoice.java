package dk.trappen.prevention;

/** The weekly triage of one request: in the target group, or passed on to the authority. */
public enum TriageChoice {
    /** The family is motivated, the problem is bounded, the child is 0–17. */
    ACCEPT,
    /** Outside the target group: intake registers it as a concern with the reason. */
    PASS_ON
}
