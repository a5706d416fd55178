package dk.trappen.letters;

/** What a letter is: a decision's letter or a hearing (partshøring) before a decision. */
public enum LetterKind {
    DECISION("Afgørelse"),
    HEARING("Partshøring");

    private final String danishName;

    LetterKind(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
