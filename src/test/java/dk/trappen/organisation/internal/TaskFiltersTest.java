package dk.trappen.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The four ready filters, run by the real engine as the demo users: each shows what its name says,
 * only within the user's own teams and roles, to the roles that work in Tasklist, and a restart
 * leaves exactly one of each.
 */
@TrappenTest
class TaskFiltersTest {

    private static final List<String> CNORD1 = List.of("caseworkers", "team-nord");
    private static final List<String> CSYD1 = List.of("caseworkers", "team-syd");
    private static final List<String> LNORD = List.of("teamleaders", "team-nord", "teamleaders-nord");

    @Autowired
    FilterService filters;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    IdentitySetup identitySetup;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeTasks() {
        identity.clearAuthentication();
        created.forEach(id -> taskService.deleteTask(id, true));
    }

    @Test
    void eachFilterShowsWhatItsNameSaysWithinTheUsersOwnTeams() {
        Instant now = Instant.now();
        String overdueNord = task("team-nord", null, now.minus(Duration.ofDays(2)));
        String overdueTakenByCnord1 = task("team-nord", "cnord1", now.minus(Duration.ofHours(3)));
        String dueInThreeDays = task("team-nord", null, now.plus(Duration.ofDays(3)));
        String dueInTenDays = task("team-nord", null, now.plus(Duration.ofDays(10)));
        String noDueDate = task("team-nord", null, null);
        String overdueSyd = task("team-syd", null, now.minus(Duration.ofDays(1)));
        String escalatedToLeader = task("teamleaders-nord", null, now.minus(Duration.ofDays(5)));

        assertThat(ids("cnord1", CNORD1, TaskFilters.MINE)).contains(overdueTakenByCnord1)
                .doesNotContain(overdueNord, dueInThreeDays, overdueSyd);
        assertThat(ids("cnord1", CNORD1, TaskFilters.TEAM))
                .contains(overdueNord, overdueTakenByCnord1, dueInThreeDays, dueInTenDays, noDueDate)
                .doesNotContain(overdueSyd, escalatedToLeader);
        assertThat(ids("cnord1", CNORD1, TaskFilters.OVERDUE)).contains(overdueNord, overdueTakenByCnord1)
                .doesNotContain(dueInThreeDays, dueInTenDays, noDueDate, overdueSyd, escalatedToLeader);
        assertThat(ids("cnord1", CNORD1, TaskFilters.DUE_THIS_WEEK)).contains(dueInThreeDays)
                .doesNotContain(overdueNord, overdueTakenByCnord1, dueInTenDays, noDueDate, overdueSyd);

        assertThat(ids("csyd1", CSYD1, TaskFilters.OVERDUE)).contains(overdueSyd)
                .doesNotContain(overdueNord, overdueTakenByCnord1, escalatedToLeader);
        assertThat(ids("lnord", LNORD, TaskFilters.OVERDUE)).contains(escalatedToLeader, overdueNord)
                .doesNotContain(overdueSyd);
        assertThat(as("cnord1", CNORD1, () -> filters.count(filterId(TaskFilters.OVERDUE))))
                .isEqualTo(ids("cnord1", CNORD1, TaskFilters.OVERDUE).size());
    }

    @Test
    void theDeadlineFiltersListTheMostUrgentFirstAndShowTheCaseNumbers() {
        Instant now = Instant.now();
        task("team-nord", null, now.minus(Duration.ofHours(1)));
        task("team-nord", null, now.minus(Duration.ofDays(4)));
        task("team-nord", null, now.minus(Duration.ofDays(2)));

        List<Date> dues = as("cnord1", CNORD1, () -> filters.<Task>listPage(filterId(TaskFilters.OVERDUE), 0, 500))
                .stream().map(Task::getDueDate).toList();
        assertThat(dues).hasSizeGreaterThanOrEqualTo(3).isSorted();

        for (String name : List.of(TaskFilters.MINE, TaskFilters.TEAM, TaskFilters.OVERDUE, TaskFilters.DUE_THIS_WEEK)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> columns = (List<Map<String, Object>>) filter(name).getProperties().get("variables");
            assertThat(columns).as("columns of %s", name).extracting(column -> column.get("name"))
                    .containsExactly("concernNumber", "caseNumber", "requestNumber");
        }
    }

    @Test
    void theRolesThatWorkInTasklistSeeTheFiltersAndOthersDoNot() {
        for (String group : TaskFilters.READERS) {
            long visible = as("someone", List.of(group), () -> filters.createFilterQuery().filterNameLike("%").listPage(0, 100).stream()
                    .filter(f -> List.of(TaskFilters.MINE, TaskFilters.TEAM, TaskFilters.OVERDUE, TaskFilters.DUE_THIS_WEEK)
                            .contains(f.getName())).count());
            assertThat(visible).as("filters readable by %s", group).isEqualTo(4);
        }
        long forManagers = as("manager", List.of("managers"), () -> filters.createFilterQuery().count());
        assertThat(forManagers).as("filters readable by managers, who do not work in Tasklist").isZero();
    }

    @Test
    void aRestartLeavesOneOfEachFilterWithOneGrantPerRole() {
        identitySetup.apply();
        identitySetup.apply();

        for (String name : List.of(TaskFilters.MINE, TaskFilters.TEAM, TaskFilters.OVERDUE, TaskFilters.DUE_THIS_WEEK)) {
            assertThat(filters.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
            String id = filterId(name);
            for (String group : TaskFilters.READERS) {
                assertThat(authorizations.createAuthorizationQuery().groupIdIn(group)
                        .resourceType(Resources.FILTER).resourceId(id).count()).as("%s for %s", name, group).isEqualTo(1);
            }
        }
    }

    private String task(String candidateGroup, String assignee, Instant due) {
        Task task = taskService.newTask();
        task.setName("Filterprøve");
        task.setAssignee(assignee);
        task.setDueDate(due != null ? Date.from(due) : null);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), candidateGroup);
        created.add(task.getId());
        return task.getId();
    }

    @Test
    void aFamilysTwoTherapistsFindTheirSharedTasksUnderMineOpgaver() {
        Task shared = taskService.newTask();
        shared.setName("Uge 1: fokuspunkter og kontakter");
        taskService.saveTask(shared);
        taskService.addCandidateUser(shared.getId(), "therapist");
        taskService.addCandidateUser(shared.getId(), "therapist2");
        taskService.addCandidateGroup(shared.getId(), "teamleaders-nord");
        created.add(shared.getId());
        List<String> therapists = List.of("familytherapists");
        assertThat(ids("therapist2", therapists, TaskFilters.MINE)).contains(shared.getId());
        assertThat(ids("therapist", therapists, TaskFilters.MINE)).contains(shared.getId());
        assertThat(ids("cnord1", CNORD1, TaskFilters.MINE)).doesNotContain(shared.getId());
    }

    private List<String> ids(String user, List<String> groups, String filterName) {
        return as(user, groups, () -> filters.<Task>listPage(filterId(filterName), 0, 500).stream().map(Task::getId).toList());
    }

    private <T> T as(String user, List<String> groups, java.util.function.Supplier<T> action) {
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private Filter filter(String name) {
        return filters.createFilterQuery().filterName(name).singleResult();
    }

    private String filterId(String name) {
        return filter(name).getId();
    }
}
