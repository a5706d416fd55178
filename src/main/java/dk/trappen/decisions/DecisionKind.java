package dk.trappen.decisions;

/**
 * The acts the law treats as decisions (afgørelser). Which rules of the legal table each may rest
 * on, and whether it needs consent, is decided by {@link Decisions}.
 */
public enum DecisionKind {
    INVESTIGATION_OPENED("Afgørelse om børnefaglig undersøgelse"),
    INVESTIGATION_REFUSED("Afslag på børnefaglig undersøgelse"),
    MEASURE_GRANTED("Bevilling af indsats"),
    MEASURE_REFUSED("Afslag på indsats"),
    MEASURE_CHANGED("Ændring af indsats"),
    MEASURE_ENDED("Ophør af indsats"),
    EXTENSION("Forlængelse af indsats"),
    PLACEMENT_ENDED("Hjemgivelse: anbringelsen ophører"),
    /** Placement without consent, decided by the children and youth committee (§ 47). */
    COMMITTEE_PLACEMENT("Anbringelse uden samtykke (børne- og ungeudvalget)"),
    /** The committee decides not to place the child without consent. */
    COMMITTEE_REFUSED("Ingen anbringelse uden samtykke (børne- og ungeudvalget)"),
    /** The committee chair's provisional decision in an urgent case; the committee must confirm it in time. */
    CHAIR_PROVISIONAL_PLACEMENT("Foreløbig anbringelse uden samtykke (formandsafgørelse)");

    private final String danishName;

    DecisionKind(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }

    /** The kinds a caseworker records with {@link Decisions#record}; the committee's have their own path. */
    public boolean isCommittees() {
        return this == COMMITTEE_PLACEMENT || this == COMMITTEE_REFUSED || this == CHAIR_PROVISIONAL_PLACEMENT;
    }
}
