package dk.trappen.testsupport;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives the real engine the way users and the job executor would: acting as a named user (so
 * authorization applies), running due jobs, and moving the engine clock instead of waiting.
 */
public class EngineDriver {

    private final ProcessEngine engine;
    private final IdentityService identity;
    private final TaskService tasks;
    private final ManagementService management;

    public EngineDriver(ProcessEngine engine) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
    }

    public ProcessEngine engine() {
        return engine;
    }

    /** Runs {@code action} authenticated as {@code userId} with the user's groups. */
    public <T> T as(String userId, Supplier<T> action) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public void as(String userId, Runnable action) {
        as(userId, () -> {
            action.run();
            return null;
        });
    }

    /** The open task with this definition key in the instance (there must be exactly one). */
    public Task task(String processInstanceId, String taskDefinitionKey) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
        if (task == null) {
            throw new AssertionError("No open task " + taskDefinitionKey + " in " + processInstanceId);
        }
        return task;
    }

    /** Completes the open task {@code taskDefinitionKey} as {@code userId}, submitting {@code form}. */
    public void complete(String userId, String processInstanceId, String taskDefinitionKey, Map<String, Object> form) {
        Task task = task(processInstanceId, taskDefinitionKey);
        as(userId, () -> tasks.complete(task.getId(), form));
    }

    /** The running {@code decision} the case's instance called ("Træf afgørelse"); fails if none. */
    public String decisionOf(String caseInstanceId) {
        var decision = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caseInstanceId)
                .processDefinitionKey("decision").singleResult();
        if (decision == null) {
            throw new AssertionError("No decision running under " + caseInstanceId);
        }
        return decision.getId();
    }

    /**
     * "Træf afgørelse" in the decision the case's instance called: granted by the case's caseworker
     * with the custody holders' consent (and the young person's where the form asks for it); then
     * the case's due jobs run, so the grant is done.
     */
    public void decideToGrant(String caseInstanceId) {
        decideToGrant(caseInstanceId, DEFAULT_REASONS);
    }

    static final String DEFAULT_REASONS = "Indsatsen er den mindst indgribende, der kan hjælpe barnet, og forældrene ønsker den.";

    /** {@link #decideToGrant(String)} where the measure needs a decision; otherwise only the due jobs run. */
    public void decideToGrantIfAsked(String caseInstanceId) {
        decideToGrantIfAsked(caseInstanceId, null);
    }

    /** As {@link #decideToGrantIfAsked(String)}, decided by {@code userId} (null: the task's assignee). */
    public void decideToGrantIfAsked(String caseInstanceId, String userId) {
        var decision = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caseInstanceId)
                .processDefinitionKey("decision").singleResult();
        if (decision != null && tasks.createTaskQuery().processInstanceId(decision.getId()).taskDefinitionKey("Task_Decide").count() > 0) {
            decideAs(caseInstanceId, DEFAULT_REASONS, userId);
        } else {
            runDueJobs(caseInstanceId);
        }
    }

    public void decideToGrant(String caseInstanceId, String reasons) {
        decideAs(caseInstanceId, reasons, null);
    }

    private void decideAs(String caseInstanceId, String reasons, String userId) {
        String decision = decisionOf(caseInstanceId);
        Task task = task(decision, "Task_Decide");
        Map<String, Object> form = new java.util.HashMap<>(Map.of("decisionChoice", "GRANT",
                "pii_reasons", reasons,
                "custodyConsent", "GIVEN", "pii_custodyHolders", "Mor Hansen\nFar Hansen"));
        if (Boolean.TRUE.equals(tasks.getVariableLocal(task.getId(), "youngPersonConsentRequired"))) {
            form.put("youngPersonConsent", "GIVEN");
        }
        as(userId != null ? userId : task.getAssignee(), () -> tasks.complete(task.getId(), form));
        runDueJobs(caseInstanceId);
    }

    /** Runs every job of the instance that is due now, until none is left (as the job executor would). */
    public void runDueJobs(String processInstanceId) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep coming in " + processInstanceId);
    }

    /** The municipality's time zone, in which the tests' days and hours are meant. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Copenhagen");

    /** Moves the engine clock to {@code hour}:00 on {@code day} in Copenhagen. */
    public void setClock(java.time.LocalDate day, int hour) {
        setClock(day.atTime(hour, 0).atZone(ZONE).toInstant());
    }

    public void setClock(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    public void resetClock() {
        ClockUtil.reset();
    }
}
