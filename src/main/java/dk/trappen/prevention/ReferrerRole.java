package dk.trappen.prevention;

/** The professional who makes a request together with the family. */
public enum ReferrerRole {
    SCHOOL("Skole"),
    DAYCARE("Dagtilbud"),
    HEALTH_VISITOR("Sundhedspleje");

    private final String danishName;

    ReferrerRole(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
