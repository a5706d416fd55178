package dk.trappen.staircase;

/**
 * The type of a measure as the follow-up cadence (decision {@code followUpCadence}) sees it: how
 * often a measure must be followed up depends on whether the child lives at home or is placed,
 * and where.
 */
public enum MeasureType {
    PREVENTIVE,
    HOME_BASED,
    KINSHIP_PLACEMENT,
    FOSTER_CARE,
    INSTITUTION,
    TIME_LIMITED_INSTITUTION;

    /** The placement types (out-of-home care): Borås's and Kolding's placement cadences apply. */
    public boolean isPlacement() {
        return this == KINSHIP_PLACEMENT || this == FOSTER_CARE || this == INSTITUTION || this == TIME_LIMITED_INSTITUTION;
    }
}
