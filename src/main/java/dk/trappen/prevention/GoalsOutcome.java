package dk.trappen.prevention;

/** Whether the course's goals were reached, at closing. */
public enum GoalsOutcome {
    REACHED,
    PARTLY,
    NOT_REACHED
}
