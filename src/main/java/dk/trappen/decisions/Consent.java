package dk.trappen.decisions;

/** A party's consent to a decision: given, refused, or not required for this decision or this person. */
public enum Consent {
    GIVEN("givet"),
    REFUSED("ikke givet"),
    NOT_REQUIRED("ikke påkrævet");

    private final String danishName;

    Consent(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
