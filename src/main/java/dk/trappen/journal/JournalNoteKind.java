package dk.trappen.journal;

/** What a journal note records (notatpligt: what the authority learns orally or otherwise). */
public enum JournalNoteKind {
    TELEPHONE("Telefonsamtale"),
    HOME_VISIT("Hjemmebesøg"),
    MEETING("Møde"),
    EMAIL("E-mail"),
    OTHER("Andet");

    private final String danishName;

    JournalNoteKind(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
