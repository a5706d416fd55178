package dk.trappen.prevention;

/** What the worker does next in a course ("Følg forløbet"). */
public enum NextStep {
    /** Record a contact held (with FIT). */
    CONTACT,
    /** Call a network meeting (the reusable networkMeeting); counts as a contact. */
    NETWORK_MEETING,
    /** Ask the leader for more contacts than the limit, with a reason. */
    EXTENSION,
    /** End the course. */
    CLOSE
}
