package dk.trappen.models;

import java.util.List;

/**
 * A proposal to move a process's running instances from one deployed version to another: which
 * activities map (same id in the same place), where instances wait on activities the new version
 * lacks (they stay), how many move, and Camunda's validation of the plan in Danish.
 */
public record MigrationProposal(
        String key,
        String name,
        int fromVersion,
        int toVersion,
        List<MappedActivity> mapped,
        List<UnmappedActivity> unmapped,
        long instances,
        long moving,
        long staying,
        List<String> problems) {

    /** An activity of the old version and its place in the new one, with the instances waiting there now. */
    public record MappedActivity(String sourceId, String sourceName, String targetId, String targetName, long instances) {
    }

    /** An activity with running instances that the new version has no place for: those instances stay. */
    public record UnmappedActivity(String activityId, String name, long instances) {
    }

    /** The plan is valid and moves at least one instance. */
    public boolean executable() {
        return problems.isEmpty() && moving > 0;
    }
}
