package dk.trappen.meetings;

/** Where the meeting is held: with the family, never about them, so at home, school or daycare by default. */
public enum PlaceKind {
    HOME,
    SCHOOL,
    DAYCARE,
    OTHER
}
