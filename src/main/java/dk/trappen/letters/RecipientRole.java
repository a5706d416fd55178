package dk.trappen.letters;

/** Who a letter is written to: a custody holder, or the child as a party (Barnets lov § 3, from the legal table's age). */
public enum RecipientRole {
    CUSTODY_HOLDER("Forældremyndighedens indehaver"),
    CHILD("Barnet");

    private final String danishName;

    RecipientRole(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
