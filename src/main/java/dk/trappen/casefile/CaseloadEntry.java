package dk.trappen.casefile;

/** One caseworker's caseload (sagstal) against the municipality's target and maximum. */
public record CaseloadEntry(String caseworker, String name, String teamId, long openCases, int target, int max,
                            Level level) {

    public enum Level {
        /** Below the target: room for new cases. */
        BELOW_TARGET,
        /** At or above the target, below the maximum. */
        AT_TARGET,
        /** At or above the maximum: a new case needs the team leader. */
        AT_MAX
    }

    static Level level(long openCases, int target, int max) {
        return openCases >= max ? Level.AT_MAX : openCases >= target ? Level.AT_TARGET : Level.BELOW_TARGET;
    }
}
