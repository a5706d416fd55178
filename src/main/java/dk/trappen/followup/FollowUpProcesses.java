package dk.trappen.followup;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCaseProcesses;
import dk.trappen.casefile.ChildCases;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import dk.trappen.platform.EngineAsSystem;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Starts a measure's {@code followUp} process (one per measure, under the case's number so it sits
 * with the case in Tasklist and Cockpit), ends it when the measure ends, and keeps the running ones
 * on the case's policy when it changes.
 */
@Service
public class FollowUpProcesses {

    private final RuntimeService runtime;
    private final ChildCases cases;
    private final ChildCaseProcesses caseProcesses;
    private final Measures measures;
    private final FollowUps followUps;
    private final EngineAsSystem system;
    private final org.camunda.bpm.engine.ManagementService management;
    private final org.camunda.bpm.engine.TaskService tasks;
    private final dk.trappen.deadlines.Deadlines deadlines;
    private final FollowUpProperties properties;
    private final dk.trappen.platform.TimeSource time;

    FollowUpProcesses(RuntimeService runtime, ChildCases cases, ChildCaseProcesses caseProcesses, Measures measures,
                      FollowUps followUps, EngineAsSystem system, org.camunda.bpm.engine.ManagementService management,
                      org.camunda.bpm.engine.TaskService tasks, dk.trappen.deadlines.Deadlines deadlines,
                      FollowUpProperties properties, dk.trappen.platform.TimeSource time) {
        this.management = management;
        this.tasks = tasks;
        this.deadlines = deadlines;
        this.properties = properties;
        this.time = time;
        this.runtime = runtime;
        this.cases = cases;
        this.caseProcesses = caseProcesses;
        this.measures = measures;
        this.followUps = followUps;
        this.system = system;
    }

    /** The measure has started: its follow-ups run until it ends. A second call for the same measure does nothing. */
    public void start(long measureId) {
        MeasureView measure = measures.get(measureId);
        CaseRef ref = cases.ref(measure.caseId());
        if (running(ref, measureId)) {
            return;
        }
        Map<String, Object> variables = new HashMap<>(caseProcesses.caseVariables(ref));
        variables.put(FollowUpProcess.MEASURE_ID, measureId);
        variables.put(FollowUpProcess.MEASURE_TYPE, measure.measureKind().measureType().name());
        variables.put(FollowUpProcess.PLACEMENT, measure.measureKind().measureType().isPlacement());
        variables.put(FollowUpProcess.POLICY, followUps.policyOf(ref.id()).name());
        variables.put(FollowUpProcess.MONTHS_SINCE_START, 0);
        variables.put(FollowUpProcess.FOLLOW_UPS_HELD, 0);
        runtime.startProcessInstanceByKey(FollowUpProcess.KEY, ref.caseNumber(), variables);
    }

    /** An acute placement's follow-ups and supervision visits run from day one, before its case's course does. */
    @org.springframework.context.event.EventListener
    public void acutePlacementGranted(dk.trappen.staircase.AcutePlacementGranted granted) {
        start(granted.measureId());
    }

    /** Ends the measure's follow-up process, wherever it waits (a planned follow-up, a visit, a meeting). */
    public void measureEnded(long caseId, long measureId) {
        runtime.createExecutionQuery().messageEventSubscriptionName(FollowUpProcess.MESSAGE_MEASURE_ENDED)
                .processInstanceBusinessKey(cases.ref(caseId).caseNumber())
                .processVariableValueEquals(FollowUpProcess.MEASURE_ID, measureId).unlimitedList()
                .forEach(waiting -> runtime.messageEventReceived(FollowUpProcess.MESSAGE_MEASURE_ENDED, waiting.getId()));
    }

    /**
     * § 95 stk. 2: an investigation that ran beside a measure has ended, so the measure's first
     * follow-up comes now rather than at 3 months. The domain moves the due date; here the waiting
     * process follows: its variables, the preparation timer, the overdue timer and an open task.
     */
    @org.springframework.context.event.EventListener
    public void investigationFinished(dk.trappen.casefile.InvestigationFinished finished) {
        List<FollowUpView> moved = followUps.bringForwardAfterInvestigation(finished.caseId(), finished.finishedOn());
        if (moved.isEmpty()) {
            return;
        }
        CaseRef ref = cases.ref(finished.caseId());
        system.run(() -> moved.forEach(followUp -> {
            Date dueAt = Date.from(deadlines.endOfDay(followUp.dueDate()));
            Date prepareFrom = Date.from(followUp.dueDate().minus(properties.preparation()).atStartOfDay(time.zone()).toInstant());
            runtime.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.KEY)
                    .processInstanceBusinessKey(ref.caseNumber())
                    .variableValueEquals(FollowUpProcess.FOLLOW_UP_ID, followUp.id()).list().forEach(instance -> {
                        runtime.setVariable(instance.getId(), FollowUpProcess.FOLLOW_UP_DUE_AT, dueAt);
                        runtime.setVariable(instance.getId(), FollowUpProcess.PREPARE_FROM, prepareFrom);
                        timerJobs(instance.getId(), PREPARE_TIMER).forEach(job -> management.setJobDuedate(job.getId(), prepareFrom));
                        timerJobs(instance.getId(), OVERDUE_TIMER).forEach(job -> management.setJobDuedate(job.getId(), dueAt));
                        tasks.createTaskQuery().processInstanceId(instance.getId())
                                .taskDefinitionKeyIn(FOLLOW_UP_TASKS.toArray(String[]::new)).list().forEach(task -> {
                                    task.setDueDate(dueAt);
                                    tasks.saveTask(task);
                                });
                    });
        }));
    }

    static final String PREPARE_TIMER = "IntermediateCatchEvent_PrepareFollowUp";
    static final String OVERDUE_TIMER = "BoundaryEvent_FollowUpOverdue";
    static final List<String> FOLLOW_UP_TASKS = List.of("Task_PrepareFollowUp", "Task_HoldFollowUp");

    private List<org.camunda.bpm.engine.runtime.Job> timerJobs(String processInstanceId, String activityId) {
        return management.createJobDefinitionQuery().processDefinitionKey(FollowUpProcess.KEY).activityIdIn(activityId)
                .list().stream().flatMap(definition -> management.createJobQuery().processInstanceId(processInstanceId)
                        .jobDefinitionId(definition.getId()).list().stream()).toList();
    }

    /** A case's new policy applies from the next planning of its running follow-ups. */
    public void policyChanged(long caseId, FollowUpPolicy policy) {
        CaseRef ref = cases.ref(caseId);
        // FollowUps has decided the user's right; a caseworker may not read process instances as such,
        // and as the caseworker this lookup found nothing and the running follow-ups kept the old policy.
        system.run(() -> runtime.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.KEY)
                .processInstanceBusinessKey(ref.caseNumber()).list()
                .forEach(instance -> runtime.setVariable(instance.getId(), FollowUpProcess.POLICY, policy.name())));
    }

    /*
     * Narrowed to the case's number first (indexed): a query by a variable's value alone visits
     * every running follow-up, 60,000 at national volume, on each grant and each end.
     */
    private boolean running(CaseRef ref, long measureId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.KEY)
                .processInstanceBusinessKey(ref.caseNumber())
                .variableValueEquals(FollowUpProcess.MEASURE_ID, measureId).count() > 0;
    }
}
