package dk.trappen.prevention;

/** What a contact's FIT scores signal (cut-offs in {@code trappen.prevention.fit}). */
public enum FitFlag {
    /** ORS under the clinical cut-off for the rater (adult 25, 13–17 years 28, under 13 32). */
    ORS_BELOW_CUTOFF("ORS under grænsen"),
    /** ORS a reliable change (5) below the first, or falling three times in a row. */
    ORS_FALLING("ORS falder"),
    /** SRS at or under 36: the working alliance is strained. */
    SRS_BELOW_CUTOFF("SRS under grænsen");

    private final String danishName;

    FitFlag(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
