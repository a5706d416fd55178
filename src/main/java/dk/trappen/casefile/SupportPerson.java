package dk.trappen.casefile;

/**
 * The child's support person (bisidder, Barnets lov § 6): someone the child has chosen to be with
 * them through the case. Personal data: kept on the case, never in the engine; invited to the
 * case's network meetings.
 */
public record SupportPerson(String name, String contact, String relation) {
}
