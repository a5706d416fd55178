package dk.trappen.followup;

import static dk.trappen.testsupport.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCases;
import dk.trappen.intake.ConcernService;
import dk.trappen.organisation.Organisation;
import dk.trappen.testsupport.CaseScenarios;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.FlowNodeCoverage;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code bpmn/supervision.bpmn} on the real engine: the monthly timer, the wait for the month's
 * first working day, the draw of 4 of each caseworker's own open cases (never another team's),
 * the team leader's checklist, and in a quarter's first month the team's case review.
 */
@TrappenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionProcessTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    ChildCases cases;
    @Autowired
    Supervision supervision;
    @Autowired
    Organisation organisation;

    EngineDriver engine;
    final FlowNodeCoverage coverage = new FlowNodeCoverage(SupervisionProcessTest.class, FollowUpProcess.SUPERVISION_KEY);

    boolean casesOpened;

    @BeforeAll
    void driver() {
        engine = new EngineDriver(processEngine);
    }

    /** Opened in the first test, not in @BeforeAll: the coverage collector only records inside a test. */
    void openCases() {
        if (casesOpened) {
            return;
        }
        casesOpened = true;
        CaseScenarios scenarios = new CaseScenarios(engine, concerns);
        for (int i = 0; i < 6; i++) {
            scenarios.fromIntake(LocalDate.of(2018, 2, 1 + i), OffsetDateTime.now().minusHours(1)); // team nord, cnord1
        }
        for (int i = 0; i < 2; i++) {
            scenarios.fromIntake(LocalDate.of(2011, 3, 1 + i), OffsetDateTime.now().minusHours(1)); // team syd, csyd1
        }
    }

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(processEngine);
        openCases();
    }

    @AfterEach
    void resetClock() {
        engine.resetClock();
        coverage.testEnded();
    }

    @AfterAll
    void everyFlowNodeOfTheModelIsCovered() {
        coverage.assertEveryFlowNodePassed(processEngine);
    }

    /** Fires the monthly timer on {@code day} at 06:00 and runs the planning; the new instance. */
    ProcessInstance monthStarts(LocalDate day) {
        engine.setClock(day.atTime(LocalTime.of(6, 0)).atZone(ZONE).toInstant());
        Job timer = processEngine.getManagementService().createJobQuery().processDefinitionKey(FollowUpProcess.SUPERVISION_KEY)
                .activityId("StartEvent_MonthStarted").singleResult();
        Set<String> before = instanceIds();
        processEngine.getManagementService().executeJob(timer.getId());
        ProcessInstance started = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(FollowUpProcess.SUPERVISION_KEY).list().stream()
                .filter(instance -> !before.contains(instance.getId())).findFirst().orElseThrow();
        coverage.started(started.getId());
        engine.runDueJobs(started.getId());
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
    }

    Set<String> instanceIds() {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.SUPERVISION_KEY)
                .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    }

    List<Task> tasks(ProcessInstance pi, String key) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    }

    @Test
    void onTheFirstWorkingDayOfAQuarterEachLeaderSupervisesTheirOwnCaseworkersAndReviewsTheTeam() {
        // 1 January 2027 is a Friday and a public holiday: the round waits for Monday 4 January.
        ProcessInstance pi = monthStarts(LocalDate.of(2027, 1, 1));
        assertThat(pi.getBusinessKey()).isEqualTo("TILSYN-2027-01");
        assertThat(pi).isWaitingAt("IntermediateCatchEvent_FirstWorkingDay");
        engine.setClock(LocalDate.of(2027, 1, 3).atTime(LocalTime.NOON).atZone(ZONE).toInstant());
        engine.runDueJobs(pi.getId());
        assertThat(pi).isWaitingAt("IntermediateCatchEvent_FirstWorkingDay");

        engine.setClock(LocalDate.of(2027, 1, 4).atTime(LocalTime.of(7, 1)).atZone(ZONE).toInstant());
        engine.runDueJobs(pi.getId());
        assertThat(pi).isWaitingAt("Task_SuperviseCaseworker", "Task_ReviewTeamCases");

        Task nordTask = tasks(pi, "Task_SuperviseCaseworker").stream()
                .filter(task -> "cnord1".equals(processEngine.getTaskService().getVariable(task.getId(), "supervisedCaseworker")))
                .findFirst().orElseThrow();
        assertThat(nordTask.getName()).startsWith("Ledelsestilsyn: ").doesNotEndWith("cnord1");
        assertThat(nordTask.getDueDate()).isNotNull();
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(nordTask.getId())
                .taskCandidateGroup("teamleaders-nord").count()).isOne();
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(nordTask.getId())
                .taskCandidateGroup("teamleaders-syd").count()).isZero();

        Map<String, Object> local = processEngine.getTaskService().getVariablesLocal(nordTask.getId());
        assertThat(local.get("caseCount")).isEqualTo(4);
        Supervision.Draw draw = supervision.drawFor("2027-01", "cnord1");
        assertThat(draw.cases()).hasSize(4).allSatisfy(ref -> {
            assertThat(ref.teamId()).isEqualTo("nord");
            assertThat(ref.caseworker()).isEqualTo("cnord1");
            assertThat(cases.view(ref.id()).open()).isTrue();
        });
        assertThat(draw.cases()).extracting(CaseRef::id).doesNotHaveDuplicates();
        assertThat(local.get("case1")).isEqualTo(draw.cases().get(0).caseNumber());
        // Its own two, and any csyd1 case another test class left open in the shared database: at most 4 drawn.
        assertThat(supervision.drawFor("2027-01", "csyd1").cases()).hasSizeBetween(2, 4)
                .allSatisfy(ref -> assertThat(ref.teamId()).isEqualTo("syd"));

        engine.as("lnord", () -> processEngine.getTaskService().complete(nordTask.getId(), form(
                "case1Progress", true, "case1MeasureRight", true, "case1DeadlinesKept", false,
                "pii_case1Note", "Planen skal revideres.", "case2Progress", true)));
        assertThat(processEngine.getRuntimeService().getVariables(pi.getId()).keySet())
                .noneMatch(name -> name.startsWith("case1") || name.startsWith("pii_"));

        // The quarter's case review: one task per team, the list with the most overdue cases first.
        List<Task> reviews = tasks(pi, "Task_ReviewTeamCases");
        assertThat(reviews).hasSize(organisation.teams().size());
        List<Supervision.ReviewRow> list = supervision.reviewList("nord", organisation.user("lnord"));
        assertThat(list).extracting(Supervision.ReviewRow::overdue).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(list).allSatisfy(row -> assertThat(cases.ref(row.caseId()).teamId()).isEqualTo("nord"));
        for (Task review : reviews) {
            String leader = "teamleaders-nord".equals(processEngine.getTaskService().getIdentityLinksForTask(review.getId())
                    .stream().filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId()) ? "lnord" : "lsyd";
            engine.as(leader, () -> processEngine.getTaskService().complete(review.getId(), form(
                    "reviewHeldOn", "2027-01-04", "pii_reviewNote", "Tre sager mangler opfølgning.")));
        }
        for (Task remaining : tasks(pi, "Task_SuperviseCaseworker")) {
            String leader = processEngine.getTaskService().createTaskQuery().taskId(remaining.getId())
                    .taskCandidateGroup("teamleaders-nord").count() > 0 ? "lnord" : "lsyd";
            engine.as(leader, () -> processEngine.getTaskService().complete(remaining.getId(), Map.of()));
        }
        assertThat(pi).hasPassed("SubProcess_TeamCaseReview", "Gateway_Join").isEnded();
    }

    @Test
    void inAnOrdinaryMonthThereIsSupervisionButNoCaseReview() {
        ProcessInstance pi = monthStarts(LocalDate.of(2027, 2, 1));
        assertThat(pi.getBusinessKey()).isEqualTo("TILSYN-2027-02");
        engine.setClock(LocalDate.of(2027, 2, 1).atTime(LocalTime.of(7, 1)).atZone(ZONE).toInstant());
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("Gateway_NewQuarter").isWaitingAt("Task_SuperviseCaseworker");
        assertThat(tasks(pi, "Task_ReviewTeamCases")).isEmpty();
        for (Task task : tasks(pi, "Task_SuperviseCaseworker")) {
            String leader = processEngine.getTaskService().createTaskQuery().taskId(task.getId())
                    .taskCandidateGroup("teamleaders-nord").count() > 0 ? "lnord" : "lsyd";
            engine.as(leader, () -> processEngine.getTaskService().complete(task.getId(), Map.of()));
        }
        assertThat(pi).hasPassed("Gateway_MergeQuarter", "EndEvent_RoundDone").isEnded();
    }
}
