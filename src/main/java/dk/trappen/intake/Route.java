package dk.trappen.intake;

/** Where a triaged concern goes: the outputs of the decision {@code triageConcern}. */
public enum Route {
    /** Advice given, concern closed (Barnets lov § 18: no further action). */
    NO_FURTHER_ACTION,
    /** Motivated family, bounded problem: referred to the early-prevention unit (§ 30). */
    EARLY_PREVENTION,
    /** A limited clarification (afdækning, § 19), then triage again. */
    CLARIFICATION,
    /** Open the child's case and a child welfare investigation (§ 20). */
    INVESTIGATION,
    /** Acute danger: the team leader and the caseworker act at once. */
    ACUTE_ACTION
}
