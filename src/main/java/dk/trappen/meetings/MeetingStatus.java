package dk.trappen.meetings;

public enum MeetingStatus {
    /** Asked for; date, place and participants not yet set. */
    REQUESTED,
    /** Date, place and participants set; invitations sent. */
    SCHEDULED,
    HELD,
    CANCELLED
}
