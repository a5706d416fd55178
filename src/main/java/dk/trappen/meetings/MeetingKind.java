package dk.trappen.meetings;

/** The kinds of network meeting, each called from its own process (or held on its own). */
public enum MeetingKind {
    /** Dialogue-based notification: notifier, parents and caseworker meet early (intake). */
    DIALOGUE("Dialogmøde"),
    /** Tværfagligt børnesamarbejde: children. */
    TBS("TBS-møde"),
    /** Tværfagligt ungesamarbejde: young people. */
    TUS("TUS-møde"),
    /** Familierådslagning: the family writes its own plan. */
    FAMILY_GROUP_CONFERENCE("Familierådslagning"),
    PHASE_MEETING("Fasemøde"),
    STATUS_MEETING("Statusmøde"),
    FOLLOW_UP_MEETING("Opfølgningsmøde");

    private final String danishName;

    MeetingKind(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
