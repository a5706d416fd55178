package dk.trappen.casefile;

/** Whom a goal of the child's plan is for: the plan always has goals for both. */
public enum GoalParty {
    CHILD,
    PARENTS
}
