package dk.trappen.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.trappen.platform.EngineAsSystem;
import dk.trappen.platform.ForbiddenException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/** Teams, users and who is asking. Users and groups live in Camunda's identity service. */
@Service
public class Organisation {

    private final OrganisationProperties properties;
    private final IdentityService identityService;
    private final EngineAsSystem system;

    Organisation(OrganisationProperties properties, IdentityService identityService, EngineAsSystem system) {
        this.properties = properties;
        this.identityService = identityService;
        this.system = system;
    }

    public List<Team> teams() {
        return properties.teams();
    }

    public Team team(String teamId) {
        return teams().stream().filter(team -> team.id().equals(teamId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown team " + teamId));
    }

    /** The team that takes new children of this age; the oldest team takes anyone older. */
    public Team teamForAge(int age) {
        return teams().stream().filter(team -> team.covers(age)).findFirst()
                .orElseGet(() -> teams().get(age < teams().get(0).minAge() ? 0 : teams().size() - 1));
    }

    /**
     * The caseworkers of a team (members of both {@code caseworkers} and the team's group), by id.
     * Read as the system: Camunda would show a caseworker only the users they may administer.
     */
    public List<StaffMember> caseworkersOf(String teamId) {
        return system.call(() -> queryCaseworkersOf(teamId));
    }

    private List<StaffMember> queryCaseworkersOf(String teamId) {
        Set<String> caseworkers = identityService.createUserQuery().memberOfGroup(Groups.CASEWORKERS).list().stream()
                .map(User::getId).collect(java.util.stream.Collectors.toSet());
        return identityService.createUserQuery().memberOfGroup(Groups.team(teamId)).orderByUserId().asc().list().stream()
                .filter(user -> caseworkers.contains(user.getId()))
                .map(user -> new StaffMember(user.getId(), (nullToEmpty(user.getFirstName()) + " "
                        + nullToEmpty(user.getLastName())).trim(), teamId))
                .toList();
    }

    /** The members of a role's group (e.g. the family therapists), by id; team unknown. Read as the system. */
    public List<StaffMember> membersOf(String group) {
        return system.call(() -> identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
                .map(user -> new StaffMember(user.getId(), (nullToEmpty(user.getFirstName()) + " "
                        + nullToEmpty(user.getLastName())).trim(), null))
                .toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A staff member's name as colleagues see it (first and last name), or the user id when none is known. */
    public String displayName(String userId) {
        User user = system.call(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
        return name.isEmpty() ? userId : name;
    }

    public boolean userExists(String userId) {
        return userId != null && identityService.createUserQuery().userId(userId).count() == 1;
    }

    /** The user whose request or task this is; fails closed when there is none. */
    public CurrentUser currentUser() {
        return findCurrentUser().orElseThrow(() -> new ForbiddenException("Ingen bruger er logget ind."));
    }

    public Optional<CurrentUser> findCurrentUser() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        var groups = new HashSet<String>();
        if (authentication.getGroupIds() != null) {
            groups.addAll(authentication.getGroupIds());
        } else {
            identityService.createGroupQuery().groupMember(authentication.getUserId()).unlimitedList()
                    .stream().map(Group::getId).forEach(groups::add);
        }
        return Optional.of(new CurrentUser(authentication.getUserId(), groups));
    }

    /**
     * Runs {@code action} as {@code userId} with the user's groups, as if that user had done it in
     * Tasklist: engine authorization applies and the domain records the user (demo data, imports).
     */
    public <T> T runAs(String userId, java.util.function.Supplier<T> action) {
        CurrentUser user = user(userId);
        identityService.setAuthentication(userId, List.copyOf(user.groups()));
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Look up a user's groups, for a task completed by a known user outside an HTTP request. */
    public CurrentUser user(String userId) {
        var groups = new HashSet<String>();
        identityService.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).forEach(groups::add);
        return new CurrentUser(userId, groups);
    }
}
