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
