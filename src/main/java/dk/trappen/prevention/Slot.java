package dk.trappen.prevention;

/** One request in a weekly triage or distribution form: its id (for the link) and its label (no names). */
public record Slot(long requestId, String label) {
}
