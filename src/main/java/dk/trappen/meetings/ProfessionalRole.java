package dk.trappen.meetings;

public enum ProfessionalRole {
    SCHOOL("Skole"),
    DAYCARE("Dagtilbud"),
    HEALTH_VISITOR("Sundhedsplejen"),
    PPR("PPR"),
    JOB_CENTRE("Jobcenter"),
    FAMILY_THERAPIST("Familiebehandler"),
    SSP("SSP"),
    OTHER("Anden fagperson");

    private final String danishName;

    ProfessionalRole(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
