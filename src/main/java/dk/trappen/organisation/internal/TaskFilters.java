package dk.trappen.organisation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.trappen.organisation.Groups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The task filters every Tasklist user starts with (Tasklist shows no task without a filter), kept in
 * line with this definition at every start by {@link IdentitySetup}: created when missing, their
 * query and columns updated when present (found by name; the product owns these four), and readable
 * by the roles that work in Tasklist. The queries use the engine's expressions, so one filter serves
 * every user; the engine's task authorizations still decide which tasks a user sees at all.
 */
@Component
class TaskFilters {

    static final String MINE = "Mine opgaver";
    static final String TEAM = "Mit teams opgaver";
    static final String OVERDUE = "Overskredne frister";
    static final String DUE_THIS_WEEK = "Forfalder denne uge";

    /** The roles that work in Tasklist (see the APPLICATION tasklist grants in application.yml). */
    static final List<String> READERS = List.of(Groups.CASEWORKERS, Groups.TEAM_LEADERS, Groups.FAMILY_THERAPISTS,
            Groups.INTAKE, Groups.PREVENTION);

    private static final String ME = "${currentUser()}";
    private static final String MY_GROUPS = "${currentUserGroups()}";
    private static final String NOW = "${now()}";
    private static final String IN_SEVEN_DAYS = "${dateTime().plusDays(7).toDate()}";

    private final FilterService filters;
    private final AuthorizationService authorizations;
    private final TaskService tasks;

    TaskFilters(FilterService filters, AuthorizationService authorizations, TaskService tasks) {
        this.filters = filters;
        this.authorizations = authorizations;
        this.tasks = tasks;
    }

    /** Most urgent first: the order of the REST API's filter lists. Tasklist sends the sorting of its
     * own menu with every request (by due date too: scripts/trappen/sort-by-due-date.js). */
    void apply() {
        // Involved: assigned, or named as a candidate user. A family's two therapists share its tasks that
        // way (neither is the assignee); a candidate-group task stays in the team's filter.
        filter(MINE, "Opgaver tildelt mig, eller til mig og en kollega (fx familiens to familiebehandlere)", -10, null,
                tasks.createTaskQuery().taskInvolvedUserExpression(ME).orderByDueDate().asc());
        filter(TEAM, "Opgaver til mine teams og roller, også dem en kollega har taget", 0, null,
                myGroups().orderByDueDate().asc());
        // A deadline in law passed: the team leader's escalation list as much as the caseworker's.
        filter(OVERDUE, "Opgaver til mig, mine teams og roller, hvis frist er overskredet", 10, "#b5152b",
                myGroups().dueBeforeExpression(NOW).orderByDueDate().asc());
        filter(DUE_THIS_WEEK, "Opgaver til mig, mine teams og roller med frist inden for de næste 7 dage", 20, "#c77700",
                myGroups().dueAfterExpression(NOW).dueBeforeExpression(IN_SEVEN_DAYS).orderByDueDate().asc());
    }

    /** Tasks for the user's groups (every user task of the models has candidate groups), taken or not. */
    private TaskQuery myGroups() {
        return tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks();
    }

    private void filter(String name, String description, int priority, String color, TaskQuery query) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        if (color != null) {
            properties.put("color", color);
        }
        // The numbers a caseworker knows a task by, copied onto each task (see TaskListColumns).
        properties.put("variables", new ArrayList<>(List.of(
                Map.of("name", "concernNumber", "label", "Underretning"),
                Map.of("name", "caseNumber", "label", "Sag"),
                Map.of("name", "requestNumber", "label", "Henvendelse"))));
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        Filter filter = existing != null ? existing : filters.newTaskFilter(name).setOwner(null);
        filter.setQuery(query).setProperties(properties);
        filters.saveFilter(filter);
        for (String group : READERS) {
            readableBy(filter.getId(), group);
        }
    }

    private void readableBy(String filterId, String group) {
        boolean granted = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
        if (granted) {
            return;
        }
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(Resources.FILTER);
        read.setResourceId(filterId);
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
    }
}
