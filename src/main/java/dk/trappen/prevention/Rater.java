package dk.trappen.prevention;

/** Who filled in the FIT scales; the ORS cut-off depends on it (adults, ages 13–17, under 13). */
public enum Rater {
    PARENT,
    YOUNG_PERSON,
    CHILD
}
