package dk.trappen.signin.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import dk.trappen.signin.SignInProperties;

/**
 * The directory's groups to Trappen's (teams, roles, {@code camunda-admin}), from
 * {@code trappen.sign-in.group-mapping}. The Trappen groups named there are the directory's to give
 * and take: a member of none of the mapped directory groups loses them at the next sign-in. Groups
 * the mapping never names (given by hand in Admin) are left alone.
 */
class GroupMapping {

    private final SignInProperties properties;

    GroupMapping(SignInProperties properties) {
        this.properties = properties;
    }

    /** The Trappen groups of a member of these directory groups (exact names; case counts, as in the directory). */
    Set<String> groupsOf(Collection<String> directoryGroups) {
        Set<String> groups = new LinkedHashSet<>();
        for (SignInProperties.GroupMap map : properties.groupMapping()) {
            if (directoryGroups.contains(map.directoryGroup())) {
                groups.addAll(map.groups());
            }
        }
        return groups;
    }

    /** Every Trappen group the mapping gives: the ones a sign-in brings in line with the directory. */
    Set<String> managedGroups() {
        Set<String> groups = new LinkedHashSet<>();
        properties.groupMapping().forEach(map -> groups.addAll(map.groups()));
        return groups;
    }
}
