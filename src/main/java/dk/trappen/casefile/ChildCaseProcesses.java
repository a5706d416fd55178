package dk.trappen.casefile;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import dk.trappen.casefile.internal.ChildRepository;
import dk.trappen.organisation.Organisation;
import dk.trappen.organisation.Team;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the child's case process, or brings a new investigation into the one already running:
 * a child has one open case, and so one running {@code childCase} instance, at a time.
 */
@Service
public class ChildCaseProcesses {

    private final RuntimeService runtime;
    private final Organisation organisation;
    private final ChildRepository children;
    private final dk.trappen.platform.TimeSource time;

    private final dk.trappen.platform.EngineAsSystem system;
    private final dk.trappen.deadlines.Deadlines deadlines;

    ChildCaseProcesses(RuntimeService runtime, Organisation organisation, ChildRepository children,
                       dk.trappen.platform.TimeSource time, dk.trappen.platform.EngineAsSystem system,
                       dk.trappen.deadlines.Deadlines deadlines) {
        this.runtime = runtime;
        this.deadlines = deadlines;
        this.system = system;
        this.time = time;
        this.organisation = organisation;
        this.children = children;
    }

    /** An investigation decided in intake for {@code concernId}, due at {@code dueAt}. */
    @Transactional
    public void investigate(CaseRef ref, long concernId, Instant dueAt) {
        investigate(ref, concernId, dueAt, null);
    }

    /**
     * As above, for a concern whose acute action placed the child: {@code acuteMeasureId} is that
     * placement, granted already. In a new case the first measure granted after the investigation
     * replaces it in one move on the staircase.
     */
    @Transactional
    public void investigate(CaseRef ref, long concernId, Instant dueAt, Long acuteMeasureId) {
        if (runsAfterLock(ref)) {
            Map<String, Object> local = new HashMap<>();
            local.put(ChildCaseProcess.CONCERN_ID, concernId);
            local.put(ChildCaseProcess.NEW_CONCERN_DUE_AT, Date.from(dueAt));
            local.put(ChildCaseProcess.REASSESS, false);
            runtime.createMessageCorrelation(ChildCaseProcess.MESSAGE_NEW_CONCERN)
                    .processInstanceBusinessKey(ref.caseNumber()).setVariablesLocal(local).correlate();
            if (acuteMeasureId != null) {
                startAcuteCourse(ref, acuteMeasureId);
            }
            return;
        }
        Map<String, Object> acute = new HashMap<>();
        if (acuteMeasureId != null) {
            // Its course starts beside the case (gateway "Ved siden af sagen?"); the first measure
            // granted after the investigation replaces it.
            acute.put(ChildCaseProcess.REPLACED_MEASURE_ID, acuteMeasureId);
            acute.put(ChildCaseProcess.MEASURE_ID, acuteMeasureId);
            acute.put(ChildCaseProcess.ACUTE_COURSE, true);
        }
        startCase(ref, concernId, dueAt, true, acute);
    }

    /**
     * Takes the child's lock and says whether the case's process runs. Several concerns about one
     * child finish intake together: without the lock each would see no running case process and
     * start one (two instances with one business key, and every later correlation to the case
     * fails). Held until the caller's transaction commits.
     */
    private boolean runsAfterLock(CaseRef ref) {
        children.lockById(ref.childId()).orElseThrow();
        return runtime.createProcessInstanceQuery().processDefinitionKey(ChildCaseProcess.KEY)
                .processInstanceBusinessKey(ref.caseNumber()).count() > 0;
    }

    /** Starts the case's process from intake, with or without the investigation first. */
    private void startCase(CaseRef ref, long concernId, Instant investigationDueAt, boolean investigationNeeded,
                           Map<String, Object> more) {
        Map<String, Object> variables = caseVariables(ref);
        variables.put(ChildCaseProcess.CONCERN_ID, concernId);
        variables.put(ChildCaseProcess.INVESTIGATION_NEEDED, investigationNeeded);
        variables.putAll(ChildCaseProcess.investigationDue(investigationDueAt, time.zone()));
        variables.putAll(youngPersonPlanVariables(ref));
        variables.putAll(more);
        runtime.createMessageCorrelation(ChildCaseProcess.MESSAGE_INVESTIGATION_REQUESTED)
                .processInstanceBusinessKey(ref.caseNumber()).setVariables(variables).correlateStartMessage();
    }

    /**
     * For a child under 16 whose birth date is known: the 16th birthday, when the case's caseworker
     * takes a stand on an ungeplan, and when that plan is due (§ 108 stk. 1 and 3). Empty otherwise:
     * from 16 every plan written is an ungeplan already.
     */
    public Map<String, Object> youngPersonPlanVariables(CaseRef ref) {
        java.time.LocalDate born = children.findById(ref.childId()).map(child -> child.toRef().birthDate()).orElse(null);
        if (born == null) {
            return Map.of();
        }
        java.time.LocalDate sixteen = born.plusYears(ChildPlans.YOUNG_PERSON_PLAN_FROM_AGE);
        if (!sixteen.isAfter(time.today())) {
            return Map.of();
        }
        Instant turns16 = deadlines.startOfDay(sixteen);
        java.time.LocalDate due = deadlines.dueDate(dk.trappen.deadlines.LegalRules.YOUNG_PERSON_PLAN, turns16);
        return Map.of(ChildCaseProcess.TURNS_16_AT, Date.from(turns16),
                ChildCaseProcess.YOUNG_PERSON_PLAN_DUE_AT, Date.from(deadlines.endOfDay(due)));
    }

    /**
     * The acute placement's course (plan within 3 months, its end with a return home), beside the
     * investigation: granted already, so it joins the chain at "Bevilg indsats", whose grant is
     * idempotent and sets the course's facts. Taken where the case waits at "Følg sagen" (message
     * boundary "Akut anbragt"); a case busy elsewhere at that moment (choosing a measure, its first
     * investigation) keeps the placement's follow-ups and visits, started with the grant, without
     * the course's tasks.
     */
    private void startAcuteCourse(CaseRef ref, long acuteMeasureId) {
        ProcessInstance instance = runningCase(ref.caseNumber());
        var waiting = instance == null ? null : waitingFor(instance, ChildCaseProcess.MESSAGE_ACUTE_PLACEMENT_COURSE);
        if (waiting == null) {
            return;
        }
        runtime.setVariables(instance.getId(),
                Map.of(ChildCaseProcess.MEASURE_ID, acuteMeasureId, ChildCaseProcess.ACUTE_COURSE, true));
        runtime.messageEventReceived(ChildCaseProcess.MESSAGE_ACUTE_PLACEMENT_COURSE, waiting.getId());
    }

    /**
     * Intake's afdækning found that support under § 32 will do (Barnets lov § 32 stk. 4, § 19): the
     * case's process starts at the plan and the choice of measure, with no investigation. Should the
     * child's case have started meanwhile, its caseworker reassesses it with the concern instead.
     */
    @Transactional
    public void supportAfterClarification(CaseRef ref, long concernId, Instant investigationDueAt) {
        if (runsAfterLock(ref)) {
            reassess(ref, concernId, investigationDueAt, false);
            return;
        }
        startCase(ref, concernId, investigationDueAt, false, Map.of());
    }

    /**
     * A new concern about a child whose case runs: the case's caseworker reassesses the case with it
     * ("Genvurdér sagen"); a new investigation would be due at {@code dueAt}.
     */
    public void reassess(CaseRef ref, long concernId, Instant dueAt, boolean concernsAbuse) {
        Map<String, Object> local = new HashMap<>();
        local.put(ChildCaseProcess.CONCERN_ID, concernId);
        local.put(ChildCaseProcess.NEW_CONCERN_DUE_AT, Date.from(dueAt));
        local.put(ChildCaseProcess.REASSESS, true);
        local.put(ChildCaseProcess.CONCERNS_ABUSE, concernsAbuse);
        runtime.createMessageCorrelation(ChildCaseProcess.MESSAGE_NEW_CONCERN)
                .processInstanceBusinessKey(ref.caseNumber()).setVariablesLocal(local).correlate();
    }

    /**
     * A follow-up decided that the child should move down (or up) the staircase: the next granted
     * measure replaces {@code measureId}. If the case waits at "Følg sagen", the caseworker goes
     * straight to "Vælg indsats"; if the caseworker is already choosing or revising, the choice in
     * hand replaces the measure when it is granted.
     */
    public void stepChangeDecided(String caseNumber, long measureId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(ChildCaseProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        if (instance == null) {
            throw new IllegalStateException("Sag " + caseNumber + " har ingen kørende proces");
        }
        runtime.setVariable(instance.getId(), ChildCaseProcess.REPLACED_MEASURE_ID, measureId);
        runtime.createExecutionQuery().processInstanceId(instance.getId())
                .messageEventSubscriptionName(ChildCaseProcess.MESSAGE_STEP_CHANGE_DECIDED).unlimitedList()
                .forEach(waiting -> runtime.messageEventReceived(ChildCaseProcess.MESSAGE_STEP_CHANGE_DECIDED,
                        waiting.getId()));
    }

    /** Whether "Iværksæt støtte under undersøgelsen" can be used now: the investigation runs, and no such choice is open. */
    @Transactional(readOnly = true)
    public boolean measureAlongsidePossible(String caseNumber) {
        // As the system: the caller's right to the case is checked by the domain (refForAct, the
        // audited read), not by the engine's authorizations, which caseworkers do not hold on instances.
        return system.call(() -> {
            ProcessInstance instance = runningCase(caseNumber);
            return instance != null && !choosingAlongside(instance)
                    && waitingFor(instance, ChildCaseProcess.MESSAGE_MEASURE_ALONGSIDE) != null;
        });
    }

    /**
     * "Iværksæt støtte under undersøgelsen" (Barnets lov § 32 stk. 4): the caseworker gets "Vælg
     * indsats" beside the running investigation. Refused while no investigation runs in the case, and
     * while a measure chosen this way is still being decided (one at a time, so the investigation
     * takes a stand on each, § 22 stk. 6). The caller's right to act on the case is checked first
     * ({@link ChildCases#refForAct}).
     */
    @Transactional
    public void startMeasureAlongside(CaseRef ref) {
        system.run(() -> {
            ProcessInstance instance = runningCase(ref.caseNumber());
            if (instance != null && choosingAlongside(instance)) {
                throw new dk.trappen.platform.ConflictException("Der er allerede en støtte under valg eller godkendelse"
                        + " ved siden af undersøgelsen i sag " + ref.caseNumber() + ". Gør den færdig først.");
            }
            var waiting = instance == null ? null : waitingFor(instance, ChildCaseProcess.MESSAGE_MEASURE_ALONGSIDE);
            if (waiting == null) {
                throw new dk.trappen.platform.ConflictException("Der kører ingen børnefaglig undersøgelse i sag "
                        + ref.caseNumber() + ", så der er ikke noget at iværksætte støtte ved siden af.");
            }
            runtime.setVariable(instance.getId(), ChildCaseProcess.MEASURE_ALONGSIDE, true);
            runtime.messageEventReceived(ChildCaseProcess.MESSAGE_MEASURE_ALONGSIDE, waiting.getId());
        });
    }

    private ProcessInstance runningCase(String caseNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ChildCaseProcess.KEY)
                .processInstanceBusinessKey(caseNumber).active().singleResult();
    }

    /** A measure chosen beside the investigation is still being decided. */
    private boolean choosingAlongside(ProcessInstance instance) {
        return Boolean.TRUE.equals(runtime.getVariable(instance.getId(), ChildCaseProcess.MEASURE_ALONGSIDE));
    }

    /** The instance's execution waiting for {@code message} (a boundary event), or null. */
    private org.camunda.bpm.engine.runtime.Execution waitingFor(ProcessInstance instance, String message) {
        return runtime.createExecutionQuery().processInstanceId(instance.getId())
                .messageEventSubscriptionName(message).list().stream().findFirst().orElse(null);
    }

    /** The variables every instance carries: ids, team groups and the responsible caseworker. */
    public Map<String, Object> caseVariables(CaseRef ref) {
        Team team = organisation.team(ref.teamId());
        Map<String, Object> variables = new HashMap<>();
        variables.put(ChildCaseProcess.CASE_ID, ref.id());
        variables.put(ChildCaseProcess.CASE_NUMBER, ref.caseNumber());
        variables.put(ChildCaseProcess.CHILD_ID, ref.childId());
        variables.put(ChildCaseProcess.TEAM_ID, ref.teamId());
        variables.put(ChildCaseProcess.TEAM_GROUP, team.group());
        variables.put(ChildCaseProcess.TEAM_LEADER_GROUP, team.leaderGroup());
        variables.put(ChildCaseProcess.CASEWORKER, ref.caseworker());
        return variables;
    }
}
