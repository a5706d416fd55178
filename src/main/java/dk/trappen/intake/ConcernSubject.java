package dk.trappen.intake;

/**
 * A concern as another module's record hangs on it (journal notes and documents): its number, the
 * child and the responsible team whose rights decide who may read and write. No personal data.
 */
public record ConcernSubject(long id, String concernNumber, long childId, String teamId) {
}
