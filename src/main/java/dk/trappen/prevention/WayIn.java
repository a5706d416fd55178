package dk.trappen.prevention;

/** How a request reached the unit. Anyone can contact the unit directly; no formal decision is needed (§ 30). */
public enum WayIn {
    /** The family's own request (possibly anonymous: then it is open counselling and nothing is kept of who). */
    FAMILY("Familiens egen henvendelse"),
    /** A school, daycare or health visitor, together with the family. */
    PROFESSIONAL("Fagperson sammen med familien"),
    /** Intake's triage sent the concern to the unit (route EARLY_PREVENTION). */
    INTAKE("Henvist fra underretning");

    private final String danishName;

    WayIn(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
