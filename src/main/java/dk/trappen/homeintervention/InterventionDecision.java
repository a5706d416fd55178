package dk.trappen.homeintervention;

/** What the caseworker decides after the 12 weeks (or an early end): the next measure's kind. */
public enum InterventionDecision {
    CONTINUE_HOME_BASED("Fortsat hjemmebaseret støtte"),
    FAMILY_TREATMENT("Almindelig familiebehandling"),
    RESPITE_CARE("Støtteophold"),
    PLACEMENT("Anbringelse");

    private final String danishName;

    InterventionDecision(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
