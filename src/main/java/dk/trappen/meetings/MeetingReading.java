package dk.trappen.meetings;

/**
 * A meeting as its reader may see it: staff of the child's team get the whole {@link MeetingView},
 * an invited partner's system only its own part ({@link PartnerMeetingView}).
 */
public sealed interface MeetingReading permits MeetingView, PartnerMeetingView {
}
