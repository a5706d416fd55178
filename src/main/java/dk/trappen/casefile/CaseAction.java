package dk.trappen.casefile;

/** The caseworker's next step on an open case ("Følg sagen"). */
public enum CaseAction {
    NEW_MEASURE,
    REVISE_PLAN,
    CLOSE_CASE
}
