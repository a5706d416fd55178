package dk.trappen.prevention;

/** The weekly distribution of the family in one slot: the kind of course, the worker, the group offer. */
public record DistributionEntry(int slot, CourseKind kind, String worker, Long groupOfferId) {
}
