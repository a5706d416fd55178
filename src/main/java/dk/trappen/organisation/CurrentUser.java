package dk.trappen.organisation;

import java.util.Set;

/** The authenticated user of this request or task, with their Camunda groups. */
public record CurrentUser(String id, Set<String> groups) {

    public CurrentUser {
        groups = Set.copyOf(groups);
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public boolean isInAny(String... anyOf) {
        for (String group : anyOf) {
            if (groups.contains(group)) {
                return true;
            }
        }
        return false;
    }

    public boolean isInTeam(String teamId) {
        return groups.contains(Groups.team(teamId));
    }

    public boolean isAdmin() {
        return groups.contains(Groups.ADMIN);
    }
}
