package dk.trappen.prevention;

/** The counts the course's process shows and routes on: contacts used of the limit, network meetings held. */
public record CourseVariables(int contactsUsed, int contactLimit, int networkMeetingsUsed) {
}
