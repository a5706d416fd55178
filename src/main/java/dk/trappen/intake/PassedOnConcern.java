package dk.trappen.intake;

/**
 * A concern another unit of the municipality passes on to the authority about a child the registry
 * knows (see {@link ConcernService#registerPassedOn}): the unit as professional notifier, the
 * summary of what it knows, the level of the worry, and the staff member who decided it.
 */
public record PassedOnConcern(long childId, String notifierOrganisation, String notifierContact, String description,
                              ConcernLevel concernLevel, String passedOnBy) {
}
