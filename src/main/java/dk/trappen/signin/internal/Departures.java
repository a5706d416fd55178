package dk.trappen.signin.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.EngineAsSystem;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A caseworker leaves (issue 23). The directory disables the person, so no new sign-in succeeds; here
 * Trappen lets go of what the person held: every open task they had taken goes back to the list of
 * the team it was given to (a task shared by name loses the name; one given to nobody else goes to
 * the leaver's teams), their groups are taken, and the account is marked as left, so that a token
 * still valid for an hour cannot bring the groups back. The person's name stays on what they did.
 * Registered by the leaver's team leader or an administrator; an administrator lifts it if the
 * person returns.
 */
@Service
public class Departures {

    private static final Logger log = LoggerFactory.getLogger(Departures.class);

    private final TaskService tasks;
    private final IdentityService identity;
    private final Organisation organisation;
    private final EngineAsSystem system;
    private final ObjectProvider<DirectoryAccounts> accounts;

    Departures(TaskService tasks, IdentityService identity, Organisation organisation, EngineAsSystem system,
               ObjectProvider<DirectoryAccounts> accounts) {
        this.tasks = tasks;
        this.identity = identity;
        this.organisation = organisation;
        this.system = system;
        this.accounts = accounts;
    }

    public record Departure(String userId, int tasksReturned, List<String> groupsTaken) {
    }

    @Transactional
    public Departure register(String userId) {
        CurrentUser asking = organisation.currentUser();
        if (!system.call(() -> organisation.userExists(userId))) {
            throw new NotFoundException("Medarbejderen findes ikke i Trappen.");
        }
        Set<String> groups = new LinkedHashSet<>();
        system.run(() -> identity.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).forEach(groups::add));
        boolean leader = groups.stream().filter(group -> group.startsWith("team-"))
                .anyMatch(team -> asking.isIn(Groups.teamLeaders(team.substring("team-".length()))));
        if (!asking.isAdmin() && !leader) {
            throw new ForbiddenException("Kun medarbejderens teamleder eller en administrator kan melde en medarbejder fratrådt.");
        }
        if (userId.equals(asking.id())) {
            throw new ForbiddenException("Man kan ikke melde sig selv fratrådt.");
        }
        List<String> teams = groups.stream().filter(group -> group.startsWith("team-")).toList();
        int returned = system.call(() -> {
            int count = 0;
            for (Task task : tasks.createTaskQuery().taskInvolvedUser(userId).active().unlimitedList()) {
                if (returnToTeam(task, userId, teams)) {
                    count++;
                }
            }
            for (String group : groups) {
                identity.deleteMembership(userId, group);
            }
            identity.setUserInfo(userId, DirectoryAccounts.DEPARTED, LocalDate.now().toString());
            return count;
        });
        accounts.ifAvailable(directory -> directory.forget(userId));
        log.warn("{} registered the departure of {}: {} open tasks back to their teams, groups {} taken",
                asking.id(), userId, returned, groups);
        return new Departure(userId, returned, List.copyOf(groups));
    }

    /** An administrator lifts a departure (the person came back); the next sign-in gives the directory's groups again. */
    @Transactional
    public void lift(String userId) {
        if (!organisation.currentUser().isAdmin()) {
            throw new ForbiddenException("Kun en administrator kan ophæve en fratrædelse.");
        }
        system.run(() -> identity.deleteUserInfo(userId, DirectoryAccounts.DEPARTED));
        log.warn("{} lifted the departure of {}", organisation.currentUser().id(), userId);
    }

    private boolean returnToTeam(Task task, String userId, List<String> teams) {
        boolean changed = false;
        List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
        if (links.stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && userId.equals(l.getUserId()))) {
            tasks.deleteCandidateUser(task.getId(), userId);
            changed = true;
        }
        if (userId.equals(task.getAssignee())) {
            tasks.setAssignee(task.getId(), null);
            changed = true;
        }
        boolean someoneElse = tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()));
        if (changed && !someoneElse) {
            teams.forEach(team -> tasks.addCandidateGroup(task.getId(), team));
        }
        return changed;
    }
}
