package dk.trappen.staircase;

/**
 * Kinds of measures (indsatser), from advice to residential care. The legal basis of each is the
 * legal table's row {@code MEASURE_<kind>}: data, so a change in the law is a data change.
 */
public enum MeasureKind {
    ADVICE_GUIDANCE("Rådgivning og vejledning"),
    EARLY_PREVENTIVE("Tidlig forebyggende indsats"),
    DAYCARE_SCHOOL("Dagtilbud, uddannelse eller skole"),
    PRACTICAL_SUPPORT_AT_HOME("Praktisk, pædagogisk støtte i hjemmet"),
    CONTACT_PERSON("Kontaktperson"),
    WORK_PLACEMENT("Praktiktilbud"),
    FAMILY_TREATMENT("Familiebehandling"),
    FAMILY_RESIDENTIAL_STAY("Døgnophold for hele familien"),
    RESPITE_STAY("Aflastningsophold"),
    OTHER_HELP("Anden hjælp"),
    INTENSIVE_HOME_INTERVENTION("Intensiv hjemmebaseret indsats"),
    NETWORK_PLACEMENT("Anbringelse i netværksplejefamilie"),
    FOSTER_CARE("Anbringelse i plejefamilie"),
    INSTITUTION("Anbringelse på døgninstitution eller opholdssted"),
    TIME_LIMITED_INSTITUTION("Tidsbegrænset anbringelse på institution");

    private final String danishName;

    MeasureKind(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }

    /** The code of this kind's row in the legal table. */
    public String legalRuleCode() {
        return "MEASURE_" + name();
    }
}
