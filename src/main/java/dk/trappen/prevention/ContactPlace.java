package dk.trappen.prevention;

/** Where a contact is held: with the family, never about them, in its everyday life. */
public enum ContactPlace {
    HOME("Hjemme"),
    SCHOOL("Skole"),
    DAYCARE("Dagtilbud");

    private final String danishName;

    ContactPlace(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
