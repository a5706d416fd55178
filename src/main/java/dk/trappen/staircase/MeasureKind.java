package dk.trappen.staircase;

/**
 * Kinds of measures (indsatser), from advice to residential care. The legal basis of each is the
 * legal table's row {@code MEASURE_<kind>}: data, so a change in the law is a data change.
 */
public enum MeasureKind {
    ADVICE_GUIDANCE("Rådgivning og vejledning", MeasureType.PREVENTIVE),
    EARLY_PREVENTIVE("Tidlig forebyggende indsats", MeasureType.PREVENTIVE),
    DAYCARE_SCHOOL("Dagtilbud, uddannelse eller skole", MeasureType.PREVENTIVE),
    PRACTICAL_SUPPORT_AT_HOME("Praktisk, pædagogisk støtte i hjemmet", MeasureType.HOME_BASED),
    CONTACT_PERSON("Kontaktperson", MeasureType.PREVENTIVE),
    WORK_PLACEMENT("Praktiktilbud", MeasureType.PREVENTIVE),
    FAMILY_TREATMENT("Familiebehandling", MeasureType.HOME_BASED),
    FAMILY_RESIDENTIAL_STAY("Døgnophold for hele familien", MeasureType.HOME_BASED),
    RESPITE_STAY("Støtteophold", MeasureType.PREVENTIVE),
    OTHER_HELP("Anden hjælp", MeasureType.PREVENTIVE),
    INTENSIVE_HOME_INTERVENTION("Intensiv hjemmebaseret indsats", MeasureType.HOME_BASED),
    NETWORK_PLACEMENT("Anbringelse i netværksplejefamilie", MeasureType.KINSHIP_PLACEMENT),
    FOSTER_CARE("Anbringelse i plejefamilie", MeasureType.FOSTER_CARE),
    INSTITUTION("Anbringelse på børne- og ungehjem eller opholdssted", MeasureType.INSTITUTION),
    TIME_LIMITED_INSTITUTION("Tidsbegrænset anbringelse på institution", MeasureType.TIME_LIMITED_INSTITUTION);

    private final String danishName;
    private final MeasureType measureType;

    MeasureKind(String danishName, MeasureType measureType) {
        this.danishName = danishName;
        this.measureType = measureType;
    }

    /** The type the follow-up cadence reads (documented in docs/processes.md). */
    public MeasureType measureType() {
        return measureType;
    }

    public String danishName() {
        return danishName;
    }

    /** The code of this kind's row in the legal table. */
    /**
     * Whether granting it is a decision (afgørelse) with consent and letters: advice and early
     * preventive help are not (Barnets lov § 30), every other measure is.
     */
    public boolean needsDecision() {
        return this != ADVICE_GUIDANCE && this != EARLY_PREVENTIVE;
    }

    public String legalRuleCode() {
        return "MEASURE_" + name();
    }
}
