package dk.trappen.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.trappen.testsupport.Forms.form;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import dk.trappen.intake.ConcernService;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.MeasureStatus;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import dk.trappen.staircase.Offer;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.staircase.OfferInput;
import dk.trappen.staircase.StaircaseMove;
import dk.trappen.testsupport.CaseScenarios;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.FlowNodeCoverage;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
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
 * Every path of {@code bpmn/childCase.bpmn} on the real engine, services and database: the
 * investigation (on time and late), the plan and its versions, the caseworker's grant, the team
 * leader's approval, rejection and return, placements, extensions, ends, and closing the case.
 * After the last test, every flow node of the model must have been passed by these tests.
 */
@TrappenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildCaseProcessTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    Measures measures;
    @Autowired
    ChildPlans plans;
    @Autowired
    ChildCases cases;
    @Autowired
    Investigations investigations;
    @Autowired
    Organisation organisation;
    @Autowired
    ChildCaseProcesses caseProcesses;
    @Autowired
    dk.trappen.decisions.Decisions decisions;

    EngineDriver engine;
    CaseScenarios scenarios;
    final FlowNodeCoverage coverage = new FlowNodeCoverage(ChildCaseProcessTest.class, ChildCaseProcess.KEY);
    /** The decision the case calls before a grant: its paths are the nested {@link TheDecision}'s. */
    final FlowNodeCoverage decisionCoverage = new FlowNodeCoverage(ChildCaseProcessTest.class, "decision");
    Offer advice;
    Offer familyTreatment;
    Offer intensive;
    Offer fosterCare;
    Offer youthOnly;

    @BeforeAll
    void offers() {
        engine = new EngineDriver(processEngine);
        scenarios = new CaseScenarios(engine, concerns);
        advice = offer("Åben rådgivning (test)", MeasureKind.ADVICE_GUIDANCE, 1, 0, 17);
        familyTreatment = offer("PMT-O (test)", MeasureKind.FAMILY_TREATMENT, 2, 4, 12);
        intensive = offer("Intensiv familiebehandling (test)", MeasureKind.INTENSIVE_HOME_INTERVENTION, 3, 0, 17);
        fosterCare = offer("Familiepleje (test)", MeasureKind.FOSTER_CARE, 5, 0, 17);
        youthOnly = offer("Mejeriet (test)", MeasureKind.INSTITUTION, 6, 14, 20);
    }

    Offer offer(String name, MeasureKind kind, int step, int minAge, int maxAge) {
        return organisation.runAs("owner", () -> catalogue.create(new OfferInput(name, null, kind, step, minAge, maxAge, 12, true)));
    }

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(processEngine);
    }

    @AfterEach
    void resetClock() {
        engine.resetClock();
        coverage.testEnded();
    }

    @AfterAll
    void everyFlowNodeOfTheModelIsCovered() {
        coverage.assertEveryFlowNodePassed(processEngine);
        decisionCoverage.assertEveryFlowNodePassed(processEngine);
    }

    // ------------------------------------------------------------------------------ the way in

    ProcessInstance caseFromIntake(LocalDate birthDate, OffsetDateTime receivedAt) {
        ProcessInstance pi = scenarios.fromIntake(birthDate, receivedAt);
        coverage.started(pi.getId());
        return pi;
    }

    ProcessInstance caseFromIntake() {
        return caseFromIntake(LocalDate.of(2017, 3, 14), OffsetDateTime.now().minusHours(2));
    }

    static Map<String, Object> investigation(int recommendedStep) {
        Map<String, Object> form = new HashMap<>();
        form.put("pii_icsHealth", "Sund og rask, men træt.");
        form.put("pii_icsSchool", "Meget fravær i 4. klasse.");
        form.put("pii_icsSafeCare", "Forældrene er pressede efter en skilsmisse.");
        form.put("pii_childHeardOn", LocalDate.now().minusDays(3).toString());
        form.put("pii_childRulerCategory", "3");
        form.put("recommendedStep", String.valueOf(recommendedStep));
        form.put("pii_conclusion", "Familien har brug for støtte til struktur i hverdagen.");
        return form;
    }

    static Map<String, Object> plan(String childGoal) {
        Map<String, Object> form = new HashMap<>();
        form.put("pii_childGoal1", childGoal);
        form.put("pii_childGoal1Progress", "Fremmøde over 90 % i fire uger.");
        form.put("pii_childGoal1TargetDate", LocalDate.now().plusMonths(6).toString());
        form.put("pii_parentGoal1", "Forældrene skaber faste morgenrutiner.");
        form.put("pii_parentGoal1Progress", "Barnet kommer til tiden.");
        form.put("pii_parentGoal1TargetDate", LocalDate.now().plusMonths(3).toString());
        return form;
    }

    static Map<String, Object> measure(Offer offer, int weeks) {
        Map<String, Object> form = new HashMap<>();
        form.put("offerId", String.valueOf(offer.id()));
        form.put("pii_measureStartDate", LocalDate.now().toString());
        form.put("pii_measureDurationWeeks", (long) weeks);
        form.put("pii_measurePurpose", "At styrke forældrenes struktur og barnets skolegang.");
        form.put("pii_childHeardOn", LocalDate.now().toString());
        return form;
    }

    long caseId(ProcessInstance pi) {
        return ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "caseId")).longValue();
    }

    long childId(ProcessInstance pi) {
        return ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "childId")).longValue();
    }

    /** Investigation and plan done, the case waits at "Vælg indsats". */
    ProcessInstance readyToChooseMeasure() {
        ProcessInstance pi = caseFromIntake();
        engine.complete("cnord1", pi.getId(), "Task_Investigate", investigation(2));
        engine.complete("cnord1", pi.getId(), "Task_WritePlan", plan("Barnet kommer i skole hver dag."));
        assertThat(pi).isWaitingAt("Task_ChooseMeasure");
        return pi;
    }

    /** Chooses {@code offer}, runs the grant if no approval is needed, and returns the measure. */
    MeasureView choose(ProcessInstance pi, Offer offer) {
        return choose(pi, measure(offer, 12));
    }

    MeasureView choose(ProcessInstance pi, Map<String, Object> form) {
        engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", form);
        grantIfDecisionAsked(pi);
        return measures.ofCase(caseId(pi)).stream().reduce((first, second) -> second).orElseThrow();
    }

    /** "Træf afgørelse" granted where the measure needs a decision and no approval comes first; then the grant runs. */
    void grantIfDecisionAsked(ProcessInstance pi) {
        var decision = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .processDefinitionKey("decision").singleResult();
        if (decision != null) {
            decisionCoverage.started(decision.getId());
        }
        engine.decideToGrantIfAsked(pi.getId(), "cnord1");
    }

    String measureTask(ProcessInstance pi) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_EndMeasure").singleResult().getId();
    }

    void completeTask(String userId, String taskId, Map<String, Object> form) {
        engine.as(userId, () -> processEngine.getTaskService().complete(taskId, form));
    }

    // ------------------------------------------------------------------------------ the paths

    @Test
    void aCaseFromIntakeIsInvestigatedPlannedGrantedByTheCaseworkerEndedAndClosed() {
        ProcessInstance pi = caseFromIntake();
        assertThat(pi).isWaitingAt("Task_Investigate").hasPassed("StartEvent_InvestigationRequested");
        assertThat(pi.getBusinessKey()).startsWith("SAG-");

        engine.complete("cnord1", pi.getId(), "Task_Investigate", investigation(2));
        assertThat(investigations.ofCase(caseId(pi))).singleElement().satisfies(i -> {
            assertThat(i.content().childRulerCategory()).isEqualTo("3");
            assertThat(i.content().school()).isEqualTo("Meget fravær i 4. klasse.");
            assertThat(i.late()).isFalse();
        });
        assertThat(pi).hasPassed("Gateway_MeasureRecommended").isWaitingAt("Task_WritePlan");

        engine.complete("cnord1", pi.getId(), "Task_WritePlan", plan("Barnet kommer i skole hver dag."));
        assertThat(plans.current(caseId(pi))).get().satisfies(plan -> {
            assertThat(plan.version()).isEqualTo(1);
            assertThat(plan.goals()).extracting(PlanView.Goal::party).containsExactly(GoalParty.CHILD, GoalParty.PARENTS);
        });

        Task choose = engine.task(pi.getId(), "Task_ChooseMeasure");
        Object options = processEngine.getTaskService().getVariableLocal(choose.getId(), "offerOptions");
        assertThat(options.toString()).as("offers that fit an 9-year-old, with their step")
                .contains("Trin 2 · PMT-O (test)", String.valueOf(familyTreatment.id()))
                .doesNotContain("Mejeriet (test)");

        MeasureView granted = choose(pi, familyTreatment);
        assertThat(pi).hasPassed("Task_GrantingAuthority", "Task_GrantMeasure", "Gateway_MergeIntensive",
                "Task_StartFollowUp", "Gateway_MergePlacement").isWaitingAt("Task_FollowCase", "Task_EndMeasure");
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "approver")).isEqualTo("CASEWORKER");
        assertThat(granted.status()).isEqualTo(MeasureStatus.GRANTED);
        assertThat(granted.decidedBy()).isEqualTo("cnord1");
        assertThat(granted.legalBasis()).isEqualTo("Barnets lov § 32 stk. 1 nr. 5");
        assertThat(granted.expectedEndDate()).isEqualTo(LocalDate.now().plusWeeks(12));
        assertThat(measures.movesOf(childId(pi))).singleElement()
                .satisfies(move -> assertThat(move).extracting(StaircaseMove::fromStep, StaircaseMove::toStep).containsExactly(0, 2));

        // Closing is refused while the measure runs; nothing changes.
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_FollowCase",
                form("caseAction", "CLOSE_CASE", "pii_closeReason", "Familien klarer sig.")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Næste skridt: sagen har 1 indsats, der ikke er afsluttet");
        assertThat(pi).isWaitingAt("Task_FollowCase", "Task_EndMeasure");
        assertThat(cases.view(caseId(pi)).open()).isTrue();

        completeTask("cnord1", measureTask(pi), form("pii_childHeardOn", LocalDate.now().toString(), "measureOutcome", "END", "pii_endDate", LocalDate.now().toString(),
                "pii_endReason", "Målene er nået."));
        assertThat(measures.get(granted.id()).status()).isEqualTo(MeasureStatus.ENDED);
        assertThat(measures.movesOf(childId(pi))).last()
                .satisfies(move -> {
                    assertThat(move.fromStep()).isEqualTo(2);
                    assertThat(move.toStep()).isZero();
                    assertThat(move.isDown()).isTrue();
                    assertThat(move.reason()).contains("Målene er nået.");
                });

        long caseId = caseId(pi);
        engine.complete("cnord1", pi.getId(), "Task_FollowCase",
                form("caseAction", "CLOSE_CASE", "pii_closeReason", "Familien klarer sig selv."));
        assertThat(pi).hasPassed("EndEvent_MeasureEnded", "EndEvent_MeasureCourseEnded", "EndEvent_CaseClosed").isEnded();
        CaseView closed = cases.view(caseId);
        assertThat(closed.open()).isFalse();
        assertThat(closed.closeReason()).isEqualTo("Familien klarer sig selv.");
        assertThat(closed.closedBy()).isEqualTo("cnord1");
    }

    @Test
    void theTeamLeaderApprovesAnIntensiveHomeInterventionWhoseDecisionLeadsToTheNextMeasure() {
        ProcessInstance pi = readyToChooseMeasure();
        engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", measure(intensive, 12));
        assertThat(pi).isWaitingAt("Task_ApproveMeasure");
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "approver")).isEqualTo("TEAM_LEADER");
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_ApproveMeasure", form("approval", "APPROVED")))
                .as("a caseworker cannot approve").isInstanceOf(AuthorizationException.class);

        engine.complete("lnord", pi.getId(), "Task_ApproveMeasure", form("approval", "APPROVED"));
        engine.decideToGrant(pi.getId());
        assertThat(pi).hasPassed("Gateway_Approval", "Task_GrantMeasure")
                .isWaitingAt("Task_FollowCase", "CallActivity_IntensiveIntervention");
        MeasureView granted = measures.ofCase(caseId(pi)).get(0);
        assertThat(granted.status()).isEqualTo(MeasureStatus.GRANTED);
        assertThat(granted.decidedBy()).isEqualTo("lnord");
        assertThat(measures.currentStep(childId(pi))).isEqualTo(3);

        // The intervention's own paths are IntensiveHomeInterventionProcessTest's; here the family is
        // outside its target group, and the caseworker decides what comes next.
        ProcessInstance intervention = processEngine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(pi.getId()).singleResult();
        assertThat(processEngine.getRuntimeService().getVariable(intervention.getId(), "startDate"))
                .isEqualTo(granted.startDate().toString());
        engine.complete("lnord", intervention.getId(), "Task_ComposeTeam", form("atRiskOfPlacement", "false",
                "pii_notEligibleReason", "Barnet er ikke i risiko for anbringelse."));
        engine.complete("cnord1", intervention.getId(), "Task_DecideNext", form("interventionDecision", "FAMILY_TREATMENT",
                "pii_decisionReason", "Familien kan profitere af almindelig familiebehandling."));
        engine.runDueJobs(intervention.getId());
        assertThat(pi).hasPassed("CallActivity_IntensiveIntervention", "BoundaryEvent_StepChangeDecided")
                .isWaitingAt("Task_ChooseMeasure", "Task_EndMeasure");
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "interventionDecision")).isEqualTo("FAMILY_TREATMENT");
    }

    @Test
    void aStepChangeDecidedAtAFollowUpLeadsToTheReplacingMeasureWhoseGrantEndsTheOldCourse() {
        ProcessInstance pi = readyToChooseMeasure();
        MeasureView first = choose(pi, familyTreatment);
        assertThat(pi).isWaitingAt("Task_FollowCase", "Task_EndMeasure");

        caseProcesses.stepChangeDecided(pi.getBusinessKey(), first.id());
        assertThat(pi).hasPassed("BoundaryEvent_StepChangeDecided").isWaitingAt("Task_ChooseMeasure", "Task_EndMeasure");
        assertThat(measures.get(first.id()).status()).as("runs until replaced").isEqualTo(MeasureStatus.GRANTED);

        MeasureView second = choose(pi, advice);
        assertThat(measures.get(first.id()).status()).isEqualTo(MeasureStatus.ENDED);
        assertThat(measures.get(first.id()).endReason()).contains("Afløst af Åben rådgivning (test)");
        assertThat(pi).hasPassed("BoundaryEvent_MeasureEndedElsewhere", "EndEvent_MeasureCourseStopped")
                .isWaitingAt("Task_FollowCase", "Task_EndMeasure");
        assertThat(measureTask(pi)).as("the new measure's course").isNotNull();
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), ChildCaseProcess.REPLACED_MEASURE_ID)).isNull();
        assertThat(measures.movesOf(childId(pi))).extracting(StaircaseMove::fromStep, StaircaseMove::toStep)
                .as("one move down, not a fall to 0 and back").containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(2, 1));
        assertThat(second.status()).isEqualTo(MeasureStatus.GRANTED);
    }

    @Test
    void aRejectedMeasureGoesBackToTheCaseworkerWhoChoosesAnother() {
        ProcessInstance pi = readyToChooseMeasure();
        engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", measure(intensive, 12));
        assertThatThrownBy(() -> engine.complete("lnord", pi.getId(), "Task_ApproveMeasure", form("approval", "REJECTED")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("Begrundelse: skal udfyldes");
        engine.complete("lnord", pi.getId(), "Task_ApproveMeasure",
                form("approval", "REJECTED", "pii_approvalReason", "Prøv først et forebyggende forløb."));
        assertThat(pi).hasPassed("Gateway_Approval").isWaitingAt("Task_ChooseMeasure");
        MeasureView rejected = measures.ofCase(caseId(pi)).get(0);
        assertThat(rejected.status()).isEqualTo(MeasureStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("Prøv først et forebyggende forløb.");

        MeasureView second = choose(pi, familyTreatment);
        assertThat(second.status()).isEqualTo(MeasureStatus.GRANTED);
        assertThat(measures.currentStep(childId(pi))).isEqualTo(2);
    }

    @Test
    void theChildsViewIsRequiredToChooseApproveAndEndAMeasure() {
        // Issue 16, point 6 (Barnets lov § 5): the conversation's date, or why it was not held.
        ProcessInstance pi = readyToChooseMeasure();
        Map<String, Object> unheard = measure(intensive, 12);
        unheard.remove("pii_childHeardOn");
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", unheard))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Hvorfor er der ikke holdt en samtale med barnet?").hasMessageContaining("§ 5");
        Map<String, Object> future = measure(intensive, 12);
        future.put("pii_childHeardOn", LocalDate.now().plusDays(3).toString());
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", future))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Dato for samtalen med barnet: kan ikke ligge i fremtiden");
        assertThat(measures.ofCase(caseId(pi))).as("nothing stored").isEmpty();

        Map<String, Object> notHeld = measure(intensive, 12);
        notHeld.remove("pii_childHeardOn");
        notHeld.put("pii_childNotHeardReason", "Barnet er 2 år; forældrene er hørt.");
        engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", notHeld);
        long measureId = measures.ofCase(caseId(pi)).get(0).id();
        assertThat(jdbc.queryForObject("select count(*) from child_view where measure_id = ? and decision = 'CHOOSE'",
                Long.class, measureId)).isEqualTo(1);

        // A measure proposed before the rule (no view recorded) cannot be approved.
        jdbc.update("delete from child_view where measure_id = ?", measureId);
        assertThatThrownBy(() -> engine.complete("lnord", pi.getId(), "Task_ApproveMeasure", form("approval", "APPROVED")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("barnets synspunkt er ikke registreret");
        engine.complete("lnord", pi.getId(), "Task_ApproveMeasure",
                form("approval", "RETURNED", "pii_approvalReason", "Hør barnet først."));
        engine.complete("cnord1", pi.getId(), "Task_ReviseMeasure", measure(intensive, 12));
        engine.complete("lnord", pi.getId(), "Task_ApproveMeasure", form("approval", "APPROVED"));
        engine.decideToGrant(pi.getId());
        assertThat(measures.get(measureId).status()).isEqualTo(MeasureStatus.GRANTED);
    }

    @Test
    void aReturnedMeasureIsChangedByTheCaseworkerAndDecidedAgain() {
        ProcessInstance pi = readyToChooseMeasure();
        engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", measure(intensive, 12));
        engine.complete("lnord", pi.getId(), "Task_ApproveMeasure",
                form("approval", "RETURNED", "pii_approvalReason", "Angiv en kortere varighed."));
        assertThat(pi).isWaitingAt("Task_ReviseMeasure");
        long measureId = measures.ofCase(caseId(pi)).get(0).id();
        assertThat(measures.get(measureId).status()).isEqualTo(MeasureStatus.RETURNED);

        engine.complete("cnord1", pi.getId(), "Task_ReviseMeasure", measure(intensive, 8));
        assertThat(pi).hasPassed("Gateway_MergeGrantingAuthority").isWaitingAt("Task_ApproveMeasure");
        assertThat(processEngine.getRuntimeService().getVariables(pi.getId()))
                .as("the form opens without the last decision preselected").doesNotContainKey("approval");
        assertThat(measures.get(measureId).durationWeeks()).isEqualTo(8);
        engine.complete("lnord", pi.getId(), "Task_ApproveMeasure", form("approval", "APPROVED"));
        engine.decideToGrant(pi.getId());
        assertThat(measures.get(measureId).status()).isEqualTo(MeasureStatus.GRANTED);
        assertThat(measures.ofCase(caseId(pi))).hasSize(1);
    }

    @Test
    void aPlacementMakesThePlanDueWithinThreeMonthsAndEveryVersionIsKept() {
        ProcessInstance pi = readyToChooseMeasure();
        engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", measure(fosterCare, 52));
        engine.complete("lnord", pi.getId(), "Task_ApproveMeasure", form("approval", "APPROVED"));
        engine.decideToGrant(pi.getId());
        assertThat(pi).isWaitingAt("Task_FollowCase", "Task_WritePlacementPlan");
        Task planTask = engine.task(pi.getId(), "Task_WritePlacementPlan");
        assertThat(planTask.getDueDate().toInstant()).isBetween(Instant.now().plus(Duration.ofDays(88)),
                Instant.now().plus(Duration.ofDays(93)));

        Map<String, Object> missingParents = plan("Barnet trives i plejefamilien.");
        missingParents.remove("pii_parentGoal1");
        missingParents.remove("pii_parentGoal1Progress");
        missingParents.remove("pii_parentGoal1TargetDate");
        assertThatThrownBy(() -> completeTask("cnord1", planTask.getId(), missingParents))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Mål 1 for forældrene: planen skal have mindst ét mål for forældrene");

        completeTask("cnord1", planTask.getId(), plan("Barnet trives i plejefamilien."));
        assertThat(pi).hasPassed("Task_WritePlacementPlan").isWaitingAt("Task_FollowCase", "Task_EndMeasure");
        assertThat(plans.versions(caseId(pi))).extracting(PlanView::version).containsExactly(2, 1);
        assertThat(plans.versions(caseId(pi)).get(1).goals().get(0).description()).isEqualTo("Barnet kommer i skole hver dag.");
        assertThat(measures.currentStep(childId(pi))).isEqualTo(5);
    }

    @Test
    void endingAPlacementWithTheChildGoingHomeAsksForThePlanAndFollowsUpAfterTheReturn() {
        ProcessInstance pi = readyToChooseMeasure();
        engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", measure(fosterCare, 52));
        engine.complete("lnord", pi.getId(), "Task_ApproveMeasure", form("approval", "APPROVED"));
        engine.decideToGrant(pi.getId());
        engine.complete("cnord1", pi.getId(), "Task_WritePlacementPlan", plan("Barnet trives i plejefamilien."));
        long measureId = measures.ofCase(caseId(pi)).get(0).id();
        LocalDate home = LocalDate.now();
        Map<String, Object> end = form("pii_childHeardOn", home.toString(), "measureOutcome", "END",
                "pii_endDate", home.toString(), "pii_endReason", "Forældrene kan igen drage omsorg for barnet.");

        assertThatThrownBy(() -> completeTask("cnord1", measureTask(pi), end))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Flytter barnet hjem?: skal udfyldes");
        end.put("returnsHome", "true");
        assertThatThrownBy(() -> completeTask("cnord1", measureTask(pi), end))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Anbringelsesstedets udtalelse: anbringelsesstedets udtalelse skal indhentes")
                .hasMessageContaining("Plan for hjemgivelsen: skal udfyldes")
                .hasMessageContaining("Støtte efter hjemgivelsen?: skal udfyldes");
        assertThat(measures.get(measureId).status()).as("nothing changed").isEqualTo(MeasureStatus.GRANTED);

        end.put("pii_returnHomePlan", "Barnet starter i sin gamle skole; samvær med plejefamilien hver anden weekend.");
        end.put("supportAfterReturn", "true");
        end.put("placementStatement", true);
        completeTask("cnord1", measureTask(pi), end);
        assertThat(pi).hasPassed("Gateway_ReturnedHome").isWaitingAt("Task_FollowCase", "IntermediateCatchEvent_ReturnHomeFollowUp");
        assertThat(decisions.decisionsOfCase(caseId(pi))).extracting(dk.trappen.decisions.DecisionView::kind)
                .as("the child going home is a decision too").endsWith(dk.trappen.decisions.DecisionKind.PLACEMENT_ENDED);
        assertThat(measures.returnHome(measureId)).get().satisfies(returned -> {
            assertThat(returned.followUpDue()).isEqualTo(home.plusMonths(3));
            assertThat(returned.supportAfterReturn()).isTrue();
        });
        assertThat(processEngine.getRuntimeService().getVariables(pi.getId()).keySet()).noneMatch(name -> name.startsWith("pii_"));

        engine.setClock(home.plusMonths(3).minusWeeks(2), 9);
        try {
            engine.runDueJobs(pi.getId());
            assertThat(pi).isWaitingAt("Task_FollowCase", "Task_FollowUpAfterReturn");
            assertThat(engine.task(pi.getId(), "Task_FollowUpAfterReturn").getDueDate())
                    .isEqualTo(java.util.Date.from(home.plusMonths(3).plusDays(1).atStartOfDay(EngineDriver.ZONE).toInstant()));
            completeTask("cnord1", engine.task(pi.getId(), "Task_FollowUpAfterReturn").getId(), form(
                    "pii_childHeardOn", home.plusMonths(3).minusWeeks(2).toString(), "supportNeeded", "false",
                    "pii_note", "Barnet er glad for at være hjemme, skolen melder stabilt fremmøde."));
        } finally {
            engine.resetClock();
        }
        assertThat(pi).hasPassed("EndEvent_FollowedUpAfterReturn").isWaitingAt("Task_FollowCase");
        assertThat(cases.notes(caseId(pi))).extracting(CaseNoteView::kind).contains(CaseNoteKind.RETURN_HOME_FOLLOW_UP);
    }

    @Test
    void anAcutePlacementRunsItsCourseBesideTheInvestigationAndItsReplacementAtHomeIsAReturnHomeWithItsPlan() {
        ProcessInstance pi = scenarios.acutelyPlaced(LocalDate.of(2016, 2, 2), fosterCare.id());
        coverage.started(pi.getId());
        long caseId = caseId(pi);
        MeasureView placement = measures.ofCase(caseId).get(0);
        assertThat(placement.status()).isEqualTo(MeasureStatus.GRANTED);
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("Gateway_AcuteCourse", "Task_GrantMeasure", "Gateway_Alongside",
                "EndEvent_MeasureAlongside", "Task_StartFollowUp", "Gateway_Placement")
                .isWaitingAt("Task_Investigate", "Task_WritePlacementPlan");
        assertThat(engine.task(pi.getId(), "Task_WritePlacementPlan").getDueDate())
                .as("the placement's plan within 3 months of the grant (§ 91)")
                .isBefore(java.util.Date.from(Instant.now().plus(Duration.ofDays(93))));
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("followUp")
                .variableValueEquals("measureId", placement.id()).count()).as("one follow-up process, not two").isEqualTo(1);
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "replacedMeasureId")).isEqualTo(placement.id());
        assertThatThrownBy(() -> plans.decideYoungPersonPlan(caseId, false, "Ikke nødvendig.", "cnord1"))
                .as("§ 108 stk. 2: a placed young person has an ungeplan").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("den unge er anbragt");

        engine.complete("cnord1", pi.getId(), "Task_Investigate", investigation(2));
        engine.complete("cnord1", pi.getId(), "Task_WritePlan", plan("Barnet kommer hjem og i skole hver dag."));
        Task choose = engine.task(pi.getId(), "Task_ChooseMeasure");
        assertThat(processEngine.getTaskService().getVariableLocal(choose.getId(), "replacesPlacement"))
                .as("the form asks for the return home").isEqualTo(true);
        // Replacing the placement with support at home takes the child home: the plan for it first (§ 100).
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", measure(familyTreatment, 16)))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Anbringelsesstedets udtalelse: indsatsen afløser en anbringelse, så barnet flytter hjem")
                .hasMessageContaining("Plan for hjemgivelsen: skal udfyldes");
        assertThat(measures.ofCase(caseId)).as("nothing proposed").hasSize(1);

        Map<String, Object> home = measure(familyTreatment, 16);
        home.put("placementStatement", true);
        home.put("pii_returnHomePlan", "Familiebehandling fra første uge; skolen kender planen; samvær med plejefamilien.");
        MeasureView support = choose(pi, home);
        assertThat(support.status()).isEqualTo(MeasureStatus.GRANTED);
        assertThat(measures.get(placement.id()).status()).isEqualTo(MeasureStatus.ENDED);
        assertThat(measures.get(placement.id()).endReason()).isEqualTo("Afløst af PMT-O (test): barnet flytter hjem");
        assertThat(measures.returnHome(placement.id())).get().satisfies(returned -> {
            assertThat(returned.plan()).startsWith("Familiebehandling fra første uge");
            assertThat(returned.supportAfterReturn()).isTrue();
        });
        assertThat(measures.movesOf(childId(pi))).last().as("one move down, 5 → 2")
                .satisfies(move -> assertThat(move).extracting(StaircaseMove::fromStep, StaircaseMove::toStep).containsExactly(5, 2));
        assertThat(pi).hasPassed("EndEvent_MeasureCourseStopped").isWaitingAt("Task_FollowCase", "Task_EndMeasure");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_FollowCase").count()).isEqualTo(1);
        assertThat(processEngine.getRuntimeService().getVariables(pi.getId()).keySet()).noneMatch(name -> name.startsWith("pii_"));
    }

    @Test
    void anAcutePlacementOfAChildWhoseCaseRunsStartsItsCourseBesideTheCase() {
        LocalDate born = LocalDate.of(2016, 6, 6);
        String cpr = Concerns.newCpr(born);
        ProcessInstance pi = scenarios.fromIntake(cpr, "Akut Igen", born, OffsetDateTime.now().minusHours(3), Map.of());
        coverage.started(pi.getId());
        engine.complete("cnord1", pi.getId(), "Task_Investigate", investigation(0));
        assertThat(pi).isWaitingAt("Task_FollowCase");

        scenarios.acutelyPlaced(cpr, "Akut Igen", born, fosterCare.id(), "cnord2");
        engine.runDueJobs(pi.getId());
        MeasureView placement = measures.ofCase(caseId(pi)).get(0);
        assertThat(placement.status()).isEqualTo(MeasureStatus.GRANTED);
        assertThat(pi).hasPassed("BoundaryEvent_AcutePlacementOnCase", "Task_GrantMeasure", "EndEvent_MeasureAlongside")
                .isWaitingAt("Task_FollowCase", "Task_InvestigateNewConcern", "Task_WritePlacementPlan");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_FollowCase").count()).as("the case is followed once").isEqualTo(1);
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "acuteCourse")).isEqualTo(false);
    }

    @Test
    void aPlacementEndingWithoutAReturnHomeEndsItsCourse() {
        ProcessInstance pi = readyToChooseMeasure();
        engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", measure(fosterCare, 52));
        engine.complete("lnord", pi.getId(), "Task_ApproveMeasure", form("approval", "APPROVED"));
        engine.decideToGrant(pi.getId());
        engine.complete("cnord1", pi.getId(), "Task_WritePlacementPlan", plan("Barnet trives i plejefamilien."));
        completeTask("cnord1", measureTask(pi), form("pii_childHeardOn", LocalDate.now().toString(), "measureOutcome", "END",
                "pii_endDate", LocalDate.now().toString(), "pii_endReason", "Barnet flytter til en institution.",
                "returnsHome", "false"));
        assertThat(pi).hasPassed("Gateway_ReturnedHome", "EndEvent_MeasureCourseEnded").isWaitingAt("Task_FollowCase");
    }

    @Test
    void fromSixteenThePlanIsTheYoungPersonsPlanWithAGoalForAdulthoodMadeWithThem() {
        ProcessInstance pi = caseFromIntake(LocalDate.now().minusYears(16).minusMonths(2), OffsetDateTime.now().minusHours(2));
        engine.complete("csyd1", pi.getId(), "Task_Investigate", investigation(2));
        assertThat(processEngine.getTaskService().getVariableLocal(engine.task(pi.getId(), "Task_WritePlan").getId(),
                "youngPersonPlan")).as("the form shows the ungeplan's fields").isEqualTo(true);

        Map<String, Object> childsPlan = plan("Den unge kommer i skole hver dag.");
        assertThatThrownBy(() -> engine.complete("csyd1", pi.getId(), "Task_WritePlan", childsPlan))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Mål for overgangen til voksenlivet: ungeplanen skal have et mål for overgangen til voksenlivet")
                .hasMessageContaining("Den unge har deltaget i planen: skal udfyldes");
        Map<String, Object> notPart = plan("Den unge kommer i skole hver dag.");
        notPart.putAll(form("pii_adulthoodGoal", "Den unge starter på en ungdomsuddannelse.",
                "pii_adulthoodGoalProgress", "Optaget på EUD til august.",
                "pii_adulthoodGoalTargetDate", LocalDate.now().plusMonths(8).toString(), "youngPersonTookPart", false));
        assertThatThrownBy(() -> engine.complete("csyd1", pi.getId(), "Task_WritePlan", notPart))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Hvorfor har den unge ikke deltaget?: skal udfyldes");

        Map<String, Object> together = new HashMap<>(notPart);
        together.put("youngPersonTookPart", true);
        engine.complete("csyd1", pi.getId(), "Task_WritePlan", together);
        PlanView plan = plans.current(caseId(pi)).orElseThrow();
        assertThat(plan.youngPersonPlan()).isTrue();
        assertThat(plan.danishName()).isEqualTo("Ungeplan");
        assertThat(plan.youngPersonTookPart()).isTrue();
        assertThat(plan.goals()).extracting(PlanView.Goal::description).contains("Den unge starter på en ungdomsuddannelse.");
    }

    @Test
    void whenTheYoungPersonTurnsSixteenTheCaseworkerTakesAStandOnAnUngeplanDueThreeMonthsLater() {
        LocalDate sixteen = LocalDate.now().plusDays(20);
        ProcessInstance pi = caseFromIntake(sixteen.minusYears(16), OffsetDateTime.now().minusHours(2));
        assertThat(pi).isWaitingAt("Task_Investigate", "IntermediateCatchEvent_Turns16");
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "turns16At"))
                .isEqualTo(java.util.Date.from(sixteen.atStartOfDay(EngineDriver.ZONE).toInstant()));

        engine.setClock(sixteen, 8);
        try {
            engine.runDueJobs(pi.getId());
            Task decide = engine.task(pi.getId(), "Task_DecideYoungPersonPlan");
            assertThat(decide.getAssignee()).isEqualTo("csyd1");
            assertThat(decide.getDueDate()).as("§ 108 stk. 3: 3 months after the birthday")
                    .isEqualTo(java.util.Date.from(sixteen.plusMonths(3).plusDays(1).atStartOfDay(EngineDriver.ZONE).toInstant()));
            assertThatThrownBy(() -> engine.complete("csyd1", pi.getId(), "Task_DecideYoungPersonPlan",
                    form("youngPersonPlanDecision", "NOT_NEEDED")))
                    .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                    .hasMessageContaining("Hvorfor er der ikke behov for en ungeplan?: skal udfyldes");
            engine.complete("csyd1", pi.getId(), "Task_DecideYoungPersonPlan", form("youngPersonPlanDecision", "WRITE"));
            Task write = engine.task(pi.getId(), "Task_WriteYoungPersonPlan");
            assertThat(processEngine.getTaskService().getVariableLocal(write.getId(), "youngPersonPlan"))
                    .as("the plan form shows the ungeplan's fields").isEqualTo(true);
            Map<String, Object> ungeplan = plan("Den unge kommer i skole hver dag.");
            ungeplan.putAll(form("pii_adulthoodGoal", "Den unge søger ind på en ungdomsuddannelse.",
                    "pii_adulthoodGoalProgress", "Ansøgning sendt til marts.",
                    "pii_adulthoodGoalTargetDate", sixteen.plusMonths(6).toString(), "youngPersonTookPart", true));
            engine.complete("csyd1", pi.getId(), "Task_WriteYoungPersonPlan", ungeplan);
        } finally {
            engine.resetClock();
        }
        assertThat(pi).hasPassed("Gateway_YoungPersonPlan", "EndEvent_YoungPersonPlanWritten").isWaitingAt("Task_Investigate");
        assertThat(plans.current(caseId(pi))).get().satisfies(plan -> assertThat(plan.danishName()).isEqualTo("Ungeplan"));
        assertThat(cases.notes(caseId(pi))).extracting(CaseNoteView::kind).contains(CaseNoteKind.YOUNG_PERSON_PLAN);
    }

    @Test
    void noUngeplanNeedsAReasonAndIsNeverTheChoiceForAPlacedYoungPerson() {
        LocalDate sixteen = LocalDate.now().plusDays(3);
        ProcessInstance pi = caseFromIntake(sixteen.minusYears(16), OffsetDateTime.now().minusHours(2));
        engine.setClock(sixteen, 8);
        try {
            engine.runDueJobs(pi.getId());
            engine.complete("csyd1", pi.getId(), "Task_DecideYoungPersonPlan", form("youngPersonPlanDecision", "NOT_NEEDED",
                    "pii_youngPersonPlanReason", "Støtten slutter om en måned; den unge og forældrene ønsker ikke en plan."));
        } finally {
            engine.resetClock();
        }
        assertThat(pi).hasPassed("EndEvent_NoYoungPersonPlan").isWaitingAt("Task_Investigate");
        assertThat(cases.notes(caseId(pi))).filteredOn(note -> note.kind() == CaseNoteKind.YOUNG_PERSON_PLAN)
                .singleElement().satisfies(note -> assertThat(note.text()).contains("Støtten slutter om en måned"));
        assertThat(processEngine.getRuntimeService().getVariables(pi.getId()).keySet()).noneMatch(name -> name.startsWith("pii_"));

        ProcessInstance older = caseFromIntake(LocalDate.now().minusYears(17), OffsetDateTime.now().minusHours(2));
        assertThat(processEngine.getRuntimeService().getVariable(older.getId(), "turns16At"))
                .as("from 16 every plan is an ungeplan already").isNull();
    }

    @Test
    void aChildsPlanUnderSixteenNeedsNoAdulthoodGoal() {
        ProcessInstance pi = readyToChooseMeasure();
        PlanView plan = plans.current(caseId(pi)).orElseThrow();
        assertThat(plan.youngPersonPlan()).isFalse();
        assertThat(plan.danishName()).isEqualTo("Barnets plan");
    }

    @Test
    void theCaseworkerRevisesThePlanAndExtendsAMeasureBeforeEndingIt() {
        ProcessInstance pi = readyToChooseMeasure();
        MeasureView granted = choose(pi, advice);
        engine.complete("cnord1", pi.getId(), "Task_FollowCase", form("caseAction", "REVISE_PLAN",
                "pii_note", "Gennemgang efter 3 måneder."));
        assertThat(pi).isWaitingAt("Task_RevisePlan", "Task_EndMeasure");
        engine.complete("cnord1", pi.getId(), "Task_RevisePlan", plan("Barnet deltager i en fritidsaktivitet."));
        assertThat(pi).isWaitingAt("Task_FollowCase", "Task_EndMeasure");
        assertThat(plans.versions(caseId(pi))).hasSize(2);
        assertThat(cases.notes(caseId(pi))).extracting(CaseNoteView::kind).contains(CaseNoteKind.CASE_REVIEW);

        LocalDate newEnd = granted.expectedEndDate().plusWeeks(8);
        // Ending or extending a measure hears the child first (issue 16, point 6).
        assertThatThrownBy(() -> completeTask("cnord1", measureTask(pi), form("measureOutcome", "END",
                "pii_endDate", LocalDate.now().toString(), "pii_endReason", "Målene er nået.")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Hvorfor er der ikke holdt en samtale med barnet?");
        assertThatThrownBy(() -> completeTask("cnord1", measureTask(pi), form("pii_childHeardOn", LocalDate.now().toString(), "measureOutcome", "EXTEND",
                "pii_newExpectedEndDate", newEnd.toString())))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Begrundelse for forlængelse: skal udfyldes");
        completeTask("cnord1", measureTask(pi), form("pii_childHeardOn", LocalDate.now().toString(), "measureOutcome", "EXTEND",
                "pii_newExpectedEndDate", newEnd.toString(), "pii_extensionReason", "Forløbet virker; 8 uger mere."));
        assertThat(pi).hasPassed("Gateway_MeasureEnded").isWaitingAt("Task_FollowCase", "Task_EndMeasure");
        assertThat(measures.get(granted.id()).expectedEndDate()).isEqualTo(newEnd);
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(measureTask(pi)).singleResult().getDueDate())
                .as("the course's task is due at the new end").isAfter(java.sql.Date.valueOf(newEnd));
        completeTask("cnord1", measureTask(pi), form("pii_childHeardOn", LocalDate.now().toString(), "measureOutcome", "END", "pii_endDate", LocalDate.now().toString(),
                "pii_endReason", "Afsluttet efter forlængelsen."));
        assertThat(measures.get(granted.id()).status()).isEqualTo(MeasureStatus.ENDED);
    }

    @Test
    void aLateInvestigationGivesTheCaseworkerAnInterimAssessmentAndTellsTheTeamLeader() {
        OffsetDateTime received = OffsetDateTime.now().minusDays(1);
        ProcessInstance pi = caseFromIntake(LocalDate.of(2016, 8, 1), received);
        Instant dueAt = received.atZoneSameInstant(java.time.ZoneId.of("Europe/Copenhagen")).plusMonths(4).toInstant();

        // Two weeks before the 4 months: the caseworker is warned, nothing is late yet.
        engine.setClock(dueAt.minus(Duration.ofDays(15)));
        engine.runDueJobs(pi.getId());
        assertThat(pi).isNotWaitingAt("Task_PrepareInterimAssessment");
        engine.setClock(dueAt.minus(Duration.ofDays(13)));
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("BoundaryEvent_InterimAssessmentSoon")
                .isWaitingAt("Task_Investigate", "Task_PrepareInterimAssessment").isNotWaitingAt("Task_InterimAssessment");
        Task warning = engine.task(pi.getId(), "Task_PrepareInterimAssessment");
        assertThat(warning.getAssignee()).isEqualTo("cnord1");
        assertThat(warning.getDueDate().toInstant()).isCloseTo(dueAt, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));
        engine.complete("cnord1", pi.getId(), "Task_PrepareInterimAssessment", form("interimWarningSeen", true));
        assertThat(pi).hasPassed("EndEvent_InterimAssessmentPrepared");

        // When the 4 months lapse: the interim assessment itself, and the team leader is told.
        engine.setClock(received.toInstant().plus(Duration.ofDays(125)));
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("BoundaryEvent_InvestigationOverdue")
                .isWaitingAt("Task_Investigate", "Task_InterimAssessment", "Task_HandleLateInvestigation");
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(engine.task(pi.getId(), "Task_HandleLateInvestigation").getId()))
                .extracting(link -> link.getGroupId()).containsExactly("teamleaders-nord");

        engine.complete("cnord1", pi.getId(), "Task_InterimAssessment", form("pii_note", "Barnet er i trivsel i skolen; hjemmet undersøges.",
                "pii_expectedCompletion", LocalDate.now().plusDays(140).toString()));
        engine.complete("lnord", pi.getId(), "Task_HandleLateInvestigation", form("pii_note", "Sagen er omfordelt til sparring."));
        assertThat(pi).hasPassed("EndEvent_InterimAssessed", "EndEvent_LateInvestigationHandled").isWaitingAt("Task_Investigate");
        assertThat(cases.notes(caseId(pi))).extracting(CaseNoteView::kind)
                .contains(CaseNoteKind.INTERIM_ASSESSMENT, CaseNoteKind.LATE_INVESTIGATION);

        engine.complete("cnord1", pi.getId(), "Task_Investigate", investigation(0));
        assertThat(investigations.ofCase(caseId(pi))).singleElement().satisfies(i -> assertThat(i.late()).isTrue());
        assertThat(pi).as("no measure recommended: straight to the case's next step").isWaitingAt("Task_FollowCase");
        engine.complete("cnord1", pi.getId(), "Task_FollowCase", form("caseAction", "CLOSE_CASE",
                "pii_closeReason", "Undersøgelsen viste ikke behov for støtte."));
        assertThat(pi).isEnded();
    }

    /** A child the registry knows, whose first case was investigated and closed; its CPR number. */
    String knownChildWithClosedCase(LocalDate born) {
        ProcessInstance first = caseFromIntake(born, OffsetDateTime.now().minusHours(3));
        long childId = childId(first);
        engine.complete("cnord1", first.getId(), "Task_Investigate", investigation(0));
        engine.complete("cnord1", first.getId(), "Task_FollowCase", form("caseAction", "CLOSE_CASE", "pii_closeReason", "Ingen behov."));
        return engine.as("cnord1", () -> registryRead(childId));
    }

    @Test
    void aCaseworkerOpensACaseForAKnownChildAndGoesStraightToThePlan() {
        String cpr = knownChildWithClosedCase(LocalDate.of(2015, 6, 2));

        Map<String, Object> start = form("pii_cpr", cpr, "pii_reason", "Forældrene beder selv om hjælp.", "investigationNeeded", false);
        assertThatThrownBy(() -> engine.as("csyd1", () -> processEngine.getFormService()
                .submitStartForm(definitionId(), start)))
                .as("another team's caseworker cannot find the child").hasMessageContaining("ingen kendt barn");

        ProcessInstance pi = engine.as("cnord2", () -> processEngine.getFormService().submitStartForm(definitionId(), start));
        coverage.started(pi.getId());
        assertThat(pi).hasPassed("StartEvent_CaseOpenedByCaseworker", "Gateway_InvestigationNeeded").isWaitingAt("Task_WritePlan");
        assertThat(engine.task(pi.getId(), "Task_WritePlan").getAssignee()).isEqualTo("cnord2");
        assertThat(pi.getBusinessKey()).startsWith("SAG-");
        assertThat(cases.view(((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "caseId")).longValue()).open())
                .as("a new case, the first one stays closed").isTrue();
        assertThat(processEngine.getRuntimeService().getVariables(pi.getId()).keySet()).noneMatch(name -> name.startsWith("pii_"));

        assertThatThrownBy(() -> engine.as("cnord1", () -> processEngine.getFormService().submitStartForm(definitionId(), start)))
                .as("one open case per child").hasMessageContaining("har allerede en åben sag");

        // Without an investigation only § 32 support is possible: a placement rests on one (§ 20 stk. 1 nr. 1, § 46).
        engine.complete("cnord2", pi.getId(), "Task_WritePlan", plan("Barnet kommer i skole hver dag."));
        assertThatThrownBy(() -> engine.complete("cnord2", pi.getId(), "Task_ChooseMeasure", measure(fosterCare, 52)))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Tilbud: en anbringelse kræver en afsluttet børnefaglig undersøgelse");
        assertThat(pi).isWaitingAt("Task_ChooseMeasure");
        engine.complete("cnord2", pi.getId(), "Task_ChooseMeasure", measure(familyTreatment, 16));
        assertThat(pi).hasPassed("Task_ChooseMeasure");
        assertThat(measures.ofCase(caseId(pi))).last().extracting(MeasureView::legalBasis)
                .as("§ 32 support without an investigation rests on an afdækning (§ 32 stk. 4)")
                .isEqualTo("Barnets lov § 32 stk. 1 nr. 5, jf. stk. 4 (på grundlag af en afdækning, § 19)");
    }

    @Test
    void supportCanStartBesideTheRunningInvestigationWithTheReasonItCannotWaitButNeverAPlacement() {
        ProcessInstance pi = caseFromIntake();
        long caseId = caseId(pi);
        CaseRef ref = cases.ref(caseId);
        assertThat(caseProcesses.measureAlongsidePossible(ref.caseNumber())).isTrue();
        assertThatThrownBy(() -> organisation.runAs("csyd1", () -> cases.refForAct(caseId, organisation.currentUser())))
                .as("another team cannot act on the case").isInstanceOf(dk.trappen.platform.ForbiddenException.class);

        caseProcesses.startMeasureAlongside(ref);
        assertThat(pi).hasPassed("BoundaryEvent_MeasureAlongside").isWaitingAt("Task_Investigate", "Task_ChooseMeasure");
        assertThat(caseProcesses.measureAlongsidePossible(ref.caseNumber())).as("one at a time").isFalse();
        assertThatThrownBy(() -> caseProcesses.startMeasureAlongside(ref)).isInstanceOf(dk.trappen.platform.ConflictException.class)
                .hasMessageContaining("allerede en støtte under valg");

        // The investigation must take a stand on the support (§ 22 stk. 6): not finished while it is being chosen.
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_Investigate", investigation(2)))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("§ 22 stk. 6");
        assertThat(investigations.ofCase(caseId)).as("nothing recorded").isEmpty();

        // § 46 stk. 3: a placement waits for the investigation; § 32 stk. 4: support needs the reason it cannot wait.
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", measure(fosterCare, 52)))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("§ 46 stk. 3");
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", measure(familyTreatment, 12)))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Hvorfor kan støtten ikke vente på undersøgelsen?");
        assertThat(measures.ofCase(caseId)).as("nothing proposed").isEmpty();

        Map<String, Object> chosen = measure(familyTreatment, 12);
        chosen.put("pii_measureAlongsideReason", "Forældrene kan ikke få hverdagen til at hænge sammen nu.");
        MeasureView granted = choose(pi, chosen);
        assertThat(granted.status()).isEqualTo(MeasureStatus.GRANTED);
        assertThat(granted.legalBasis()).isEqualTo("Barnets lov § 32 stk. 1 nr. 5, jf. stk. 4 (sideløbende med den børnefaglige undersøgelse)");
        assertThat(granted.alongsideReason()).isEqualTo("Forældrene kan ikke få hverdagen til at hænge sammen nu.");
        assertThat(pi).hasPassed("Task_GrantMeasure", "Gateway_Alongside", "EndEvent_MeasureAlongside")
                .isWaitingAt("Task_Investigate", "Task_EndMeasure");
        assertThat(processEngine.getRuntimeService().getVariables(pi.getId()).keySet()).noneMatch(name -> name.startsWith("pii_"));
        assertThat(caseProcesses.measureAlongsidePossible(ref.caseNumber())).isTrue();

        // Then the investigation ends as usual, and the case is followed once.
        engine.complete("cnord1", pi.getId(), "Task_Investigate", investigation(0));
        assertThat(pi).isWaitingAt("Task_FollowCase", "Task_EndMeasure");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_FollowCase").count()).isEqualTo(1);
        assertThatThrownBy(() -> caseProcesses.startMeasureAlongside(ref)).isInstanceOf(dk.trappen.platform.ConflictException.class)
                .hasMessageContaining("ingen børnefaglig undersøgelse");
    }

    @Test
    void aKnownChildCanStartWithAnInvestigation() {
        String cpr = knownChildWithClosedCase(LocalDate.of(2015, 1, 20));
        ProcessInstance pi = engine.as("cnord1", () -> processEngine.getFormService().submitStartForm(definitionId(),
                form("pii_cpr", cpr, "pii_reason", "Ny bekymring fra sundhedsplejen.", "investigationNeeded", true,
                        "pii_custodyHolders", "Mor Sørensen")));
        coverage.started(pi.getId());
        assertThat(pi).hasPassed("Gateway_MergeStart", "Gateway_InvestigationNeeded").isWaitingAt("Task_Investigate");
        assertThat(decisions.decisionsOfCase(caseId(pi))).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).as("opening the investigation is a decision (§ 20)")
                    .isEqualTo(dk.trappen.decisions.DecisionKind.INVESTIGATION_OPENED);
            assertThat(decision.reasons()).isEqualTo("Ny bekymring fra sundhedsplejen.");
            assertThat(decision.letterIds()).as("to the custody holder and the child, a party from 10").hasSize(2);
        });
        assertThat(engine.task(pi.getId(), "Task_Investigate").getDueDate()).isAfter(java.util.Date.from(Instant.now().plus(Duration.ofDays(118))));
    }

    @Test
    void aNewConcernOnAnOpenCaseIsReassessedOnTheCaseAndMayLeadToANewInvestigation() {
        LocalDate born = LocalDate.of(2016, 11, 5);
        String cpr = Concerns.newCpr(born);
        ProcessInstance pi = scenarios.fromIntake(cpr, "Testbarn", born, OffsetDateTime.now().minusDays(2), Map.of());
        coverage.started(pi.getId());
        engine.complete("cnord1", pi.getId(), "Task_Investigate", investigation(0));
        assertThat(pi).isWaitingAt("Task_FollowCase");
        long firstConcern = ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "concernId")).longValue();

        long second = scenarios.concernOnOpenCase(cpr, "Testbarn", born, false, "cnord2");
        assertThat(pi).hasPassed("StartEvent_NewConcernOnCase").isWaitingAt("Task_FollowCase", "Task_ReassessCase");
        assertThat(engine.task(pi.getId(), "Task_ReassessCase").getAssignee()).as("the case's caseworker").isEqualTo("cnord1");
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_FollowCase",
                form("caseAction", "CLOSE_CASE", "pii_closeReason", "Ingen behov.")))
                .as("the case is not closed under an open reassessment").rootCause()
                .hasMessageContaining("en ny underretning om barnet er under undersøgelse");
        engine.complete("cnord1", pi.getId(), "Task_ReassessCase",
                form("reassessmentOutcome", "NEW_INVESTIGATION", "pii_note", "Ny viden om hjemmet."));
        assertThat(pi).isWaitingAt("Task_FollowCase", "Task_InvestigateNewConcern");
        assertThat(decisions.decisionsOfCase(caseId(pi))).filteredOn(d -> d.kind() == dk.trappen.decisions.DecisionKind.INVESTIGATION_OPENED)
                .as("the new investigation is a decision too, to the custody holders named at routing").hasSize(2)
                .last().satisfies(d -> assertThat(d.reasons()).isEqualTo("Ny viden om hjemmet."));
        engine.complete("cnord1", pi.getId(), "Task_InvestigateNewConcern", investigation(1));
        assertThat(pi).hasPassed("EndEvent_NewConcernInvestigated").isWaitingAt("Task_FollowCase");
        assertThat(investigations.ofCase(caseId(pi))).extracting(InvestigationView::concernId)
                .containsExactly(firstConcern, second);
    }

    @Test
    void aReassessmentMayLetTheCaseContinueButNeverForAConcernAboutAbuse() {
        LocalDate born = LocalDate.of(2016, 12, 5);
        String cpr = Concerns.newCpr(born);
        ProcessInstance pi = scenarios.fromIntake(cpr, "Testbarn", born, OffsetDateTime.now().minusDays(2), Map.of());
        coverage.started(pi.getId());
        engine.complete("cnord1", pi.getId(), "Task_Investigate", investigation(0));

        scenarios.concernOnOpenCase(cpr, "Testbarn", born, false, "cnord2");
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_ReassessCase",
                form("reassessmentOutcome", "CONTINUE")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("Notat: skal udfyldes");
        engine.complete("cnord1", pi.getId(), "Task_ReassessCase",
                form("reassessmentOutcome", "CONTINUE", "pii_note", "Skolen beskriver det, vi allerede arbejder med."));
        assertThat(pi).hasPassed("EndEvent_CaseReassessed").isWaitingAt("Task_FollowCase");
        assertThat(cases.notes(caseId(pi))).anySatisfy(note -> {
            assertThat(note.kind()).isEqualTo(CaseNoteKind.REASSESSMENT);
            assertThat(note.text()).startsWith("Sagen fortsætter som planlagt.");
        });

        scenarios.concernOnOpenCase(cpr, "Testbarn", born, true, "cnord2");
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_ReassessCase",
                form("reassessmentOutcome", "CONTINUE", "pii_note", "Vi kender familien.")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Vurdering: skal være en ny børnefaglig undersøgelse")
                .hasMessageContaining("§ 20 stk. 1 nr. 2");
        assertThat(pi).isWaitingAt("Task_FollowCase", "Task_ReassessCase");
        engine.complete("cnord1", pi.getId(), "Task_ReassessCase",
                form("reassessmentOutcome", "NEW_INVESTIGATION", "pii_note", "Mistanke om vold i hjemmet."));
        assertThat(pi).isWaitingAt("Task_FollowCase", "Task_InvestigateNewConcern");
        assertThat(cases.notes(caseId(pi))).extracting(CaseNoteView::kind).contains(CaseNoteKind.CHILDRENS_HOUSE);
    }

    @Test
    void aFormWithBadInputIsRefusedWithTheFieldsLabelAndChangesNothing() {
        ProcessInstance pi = caseFromIntake();
        Map<String, Object> noConversation = investigation(2);
        noConversation.remove("pii_childHeardOn");
        noConversation.put("pii_childRulerCategory", "5");
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_Investigate", noConversation))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Hvorfor er der ikke holdt en samtale med barnet?: skal udfyldes")
                .hasMessageContaining("Kategori på Børnelinealen: skal være 1, 2, 3, 4a eller 4b");
        assertThat(investigations.ofCase(caseId(pi))).isEmpty();
        assertThat(pi).isWaitingAt("Task_Investigate");

        engine.complete("cnord1", pi.getId(), "Task_Investigate", investigation(2));
        engine.complete("cnord1", pi.getId(), "Task_WritePlan", plan("Barnet kommer i skole hver dag."));
        Map<String, Object> tooOld = measure(youthOnly, 12);
        tooOld.remove("pii_measurePurpose");
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", tooOld))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Tilbud: passer ikke til barnets alder")
                .hasMessageContaining("Formål med indsatsen: skal udfyldes");
        assertThat(measures.ofCase(caseId(pi))).isEmpty();
        assertThat(pi).isWaitingAt("Task_ChooseMeasure");
    }

    @Test
    void aCaseworkerOfAnotherTeamNeitherSeesNorCompletesTheCasesTasks() {
        ProcessInstance pi = caseFromIntake();
        assertThat(engine.as("csyd1", () -> processEngine.getTaskService().createTaskQuery()
                .processInstanceId(pi.getId()).count())).isZero();
        assertThatThrownBy(() -> engine.complete("csyd1", pi.getId(), "Task_Investigate", investigation(2)))
                .isInstanceOf(AuthorizationException.class);
        assertThat(engine.as("cnord2", () -> processEngine.getTaskService().createTaskQuery()
                .processInstanceId(pi.getId()).count())).as("a colleague in the team can step in").isEqualTo(1);
    }

    String definitionId() {
        return processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("childCase")
                .latestVersion().singleResult().getId();
    }

    @Autowired
    ChildRegistry registry;

    String registryRead(long childId) {
        return registry.read(childId, organisation.currentUser(), AccessChannel.API, "test").cpr();
    }

    // ------------------------------------------------------------------- the decision before a grant

    /**
     * Every path of {@code bpmn/decision.bpmn} as the case calls it: granted or refused with consent
     * and letters, the hearing answered in a task, over the API and not at all (clock moved), a
     * placement without consent through the children and youth committee, the chair's provisional
     * decision confirmed in time and lapsing (clock moved), and advice, which needs no decision.
     */
    @org.junit.jupiter.api.Nested
    class TheDecision {

        @Autowired
        dk.trappen.decisions.DecisionProcesses decisionProcesses;

        String decisionAfterChoosing(ProcessInstance pi, Offer offer) {
            engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", measure(offer, 26));
            if (processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                    .taskDefinitionKey("Task_ApproveMeasure").count() > 0) {
                engine.complete("lnord", pi.getId(), "Task_ApproveMeasure", form("approval", "APPROVED"));
            }
            String decision = engine.decisionOf(pi.getId());
            decisionCoverage.started(decision);
            assertThat(pi).isWaitingAt("CallActivity_Decision");
            return decision;
        }

        /** The case's decisions after the one to investigate (made at intake, its own test's). */
        java.util.List<dk.trappen.decisions.DecisionView> decided(ProcessInstance pi) {
            return decisions.decisionsOfCase(caseId(pi)).stream()
                    .filter(d -> d.kind() != dk.trappen.decisions.DecisionKind.INVESTIGATION_OPENED).toList();
        }

        @Test
        void aGrantIsADecisionWithConsentReasonsTheChildsViewAndALetterToEachCustodyHolder() {
            ProcessInstance pi = readyToChooseMeasure();
            String decision = decisionAfterChoosing(pi, familyTreatment);
            Task task = engine.task(decision, "Task_Decide");
            assertThat(processEngine.getTaskService().getVariableLocal(task.getId(), "decisionMeasure").toString())
                    .startsWith("PMT-O (test) (trin 2) · Barnets lov § 32");

            assertThatThrownBy(() -> engine.complete("cnord1", decision, "Task_Decide", form("decisionChoice", "GRANT",
                    "pii_reasons", "Forældrene ønsker hjælp.", "custodyConsent", "REFUSED", "pii_custodyHolders", "Mor\nFar")))
                    .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                    .hasMessageContaining("Samtykke fra forældremyndighedens indehavere").hasMessageContaining("§ 32 kræver samtykke");
            assertThatThrownBy(() -> engine.complete("cnord1", decision, "Task_Decide", form("decisionChoice", "COMMITTEE",
                    "custodyConsent", "REFUSED")))
                    .as("only a placement goes to the committee").hasRootCauseInstanceOf(InvalidInputException.class);
            assertThat(decided(pi)).as("a refused completion stores nothing").isEmpty();

            engine.complete("cnord1", decision, "Task_Decide", form("decisionChoice", "GRANT",
                    "pii_reasons", "Forældrene mangler redskaber, og PMT-O er den mindst indgribende hjælp.",
                    "custodyConsent", "GIVEN", "pii_custodyHolders", "Mor Jensen\nFar Jensen"));
            engine.runDueJobs(pi.getId());
            assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(decision)
                    .singleResult().getEndActivityId()).isEqualTo("EndEvent_Decided");
            assertThat(pi).hasPassed("CallActivity_Decision", "Gateway_DecisionOutcome", "Task_GrantMeasure")
                    .isWaitingAt("Task_FollowCase", "Task_EndMeasure");
            var grant = decided(pi).get(0);
            assertThat(grant.kind()).isEqualTo(dk.trappen.decisions.DecisionKind.MEASURE_GRANTED);
            assertThat(grant.legalBasis()).startsWith("Barnets lov § 32");
            assertThat(grant.consent().custodyHolders()).isEqualTo(dk.trappen.decisions.Consent.GIVEN);
            assertThat(grant.childHeard().heldOn()).as("the view recorded when the measure was chosen").isEqualTo(LocalDate.now());
            assertThat(grant.letterIds()).as("one letter per custody holder").hasSize(2);
            assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(decision).list())
                    .as("no reasons or names in the engine").noneMatch(v -> String.valueOf(v.getValue()).contains("Jensen")
                            || String.valueOf(v.getValue()).contains("redskaber"));
        }

        @Test
        void aRefusalIsADecisionTooAndTheCaseGoesOn() {
            ProcessInstance pi = readyToChooseMeasure();
            String decision = decisionAfterChoosing(pi, familyTreatment);
            engine.complete("cnord1", decision, "Task_Decide", form("decisionChoice", "REFUSE",
                    "pii_reasons", "Forældrene ønsker ikke forløbet, og barnets trivsel kræver ikke mere end rådgivning.",
                    "pii_custodyHolders", "Mor Jensen"));
            assertThat(pi).hasPassed("Gateway_DecisionOutcome", "Gateway_MergeBackToCase").isWaitingAt("Task_FollowCase");
            assertThat(measures.ofCase(caseId(pi)).get(0).status()).isEqualTo(MeasureStatus.REJECTED);
            assertThat(decided(pi)).extracting(dk.trappen.decisions.DecisionView::kind)
                    .containsExactly(dk.trappen.decisions.DecisionKind.MEASURE_REFUSED);
        }

        @Test
        void theHearingComesFirstAndTheDecisionWaitsForTheAnswerInATaskOverTheApiOrUntilItsDeadline() {
            // The answer recorded by the caseworker; the names given once serve every later letter.
            ProcessInstance pi = readyToChooseMeasure();
            String decision = decisionAfterChoosing(pi, familyTreatment);
            engine.complete("cnord1", decision, "Task_Decide", form("decisionChoice", "HEARING",
                    "pii_hearingSubject", "Vi påtænker at bevilge PMT-O, fordi skolen beskriver mange konflikter.",
                    "pii_custodyHolders", "Mor Jensen"));
            assertThat(engine.task(decision, "Task_AwaitHearingAnswer").getDueDate()).isNotNull();
            engine.complete("cnord1", decision, "Task_AwaitHearingAnswer", form("pii_answeredOn", LocalDate.now().toString(),
                    "pii_hearingAnswer", "Vi er enige, men vil gerne have møderne om eftermiddagen."));
            Task again = engine.task(decision, "Task_Decide");
            assertThat(processEngine.getTaskService().getVariableLocal(again.getId(), "hearingStatus").toString())
                    .contains("svar modtaget");
            engine.complete("cnord1", decision, "Task_Decide", form("decisionChoice", "GRANT", "pii_reasons",
                    "Forældrene er enige efter partshøringen.", "custodyConsent", "GIVEN"));
            engine.runDueJobs(pi.getId());
            var granted = decided(pi).get(0);
            assertThat(granted.hearing()).isNotNull();
            assertThat(granted.letterIds()).as("to the custody holder named at the hearing").hasSize(1);

            // The answer over the API (a partner system, Digital Post) ends the waiting at once.
            ProcessInstance second = readyToChooseMeasure();
            String viaApi = decisionAfterChoosing(second, familyTreatment);
            engine.complete("cnord1", viaApi, "Task_Decide", form("decisionChoice", "HEARING",
                    "pii_hearingSubject", "Den påtænkte afgørelse.", "pii_custodyHolders", "Far Holm"));
            long hearingId = ((Number) processEngine.getRuntimeService().getVariable(viaApi, "hearingId")).longValue();
            engine.as("cnord1", () -> decisionProcesses.answerHearing(hearingId, LocalDate.now(), "Vi ønsker forløbet.",
                    organisation.currentUser()));
            assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(viaApi)
                    .activityId("BoundaryEvent_HearingAnswered").count()).isEqualTo(1);
            engine.task(viaApi, "Task_Decide");

            // No answer: the decision may be made once the deadline has passed.
            ProcessInstance third = readyToChooseMeasure();
            String unanswered = decisionAfterChoosing(third, familyTreatment);
            engine.complete("cnord1", unanswered, "Task_Decide", form("decisionChoice", "HEARING",
                    "pii_hearingSubject", "Den påtænkte afgørelse.", "pii_custodyHolders", "Far Holm"));
            engine.setClock(Instant.now().plus(Duration.ofDays(16)));
            engine.runDueJobs(unanswered);
            assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(unanswered)
                    .activityId("BoundaryEvent_HearingAnswerDue").count()).isEqualTo(1);
            Task afterDeadline = engine.task(unanswered, "Task_Decide");
            assertThat(processEngine.getTaskService().getVariableLocal(afterDeadline.getId(), "hearingStatus").toString())
                    .contains("fristen er udløbet");
        }

        ProcessInstance placementWithoutConsent() {
            ProcessInstance pi = readyToChooseMeasure();
            String decision = decisionAfterChoosing(pi, fosterCare);
            assertThatThrownBy(() -> engine.complete("cnord1", decision, "Task_Decide", form("decisionChoice", "GRANT",
                    "pii_reasons", "Barnet har brug for at bo uden for hjemmet.", "custodyConsent", "REFUSED",
                    "pii_custodyHolders", "Mor Jensen")))
                    .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("§ 47");
            assertThatThrownBy(() -> engine.complete("cnord1", decision, "Task_Decide", form("decisionChoice", "COMMITTEE",
                    "custodyConsent", "GIVEN")))
                    .as("with consent the municipality decides itself").hasRootCauseInstanceOf(InvalidInputException.class);
            engine.complete("cnord1", decision, "Task_Decide", form("decisionChoice", "COMMITTEE", "custodyConsent", "REFUSED"));
            assertThatThrownBy(() -> engine.complete("cnord1", decision, "Task_PrepareSubmission", form(
                    "pii_submission", "Indstilling om anbringelse uden samtykke.", "pii_custodyHolders", "Mor Jensen")))
                    .as("free legal aid first (§ 140)").hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                    .hasMessageContaining("advokatbistand");
            engine.complete("cnord1", decision, "Task_PrepareSubmission", form("pii_submission",
                    "Indstilling om anbringelse uden samtykke.", "pii_legalAidOfferedOn", LocalDate.now().toString(),
                    "pii_custodyHolders", "Mor Jensen"));
            return pi;
        }

        @Test
        void aPlacementWithoutConsentIsDecidedByTheCommitteeWhichMayAlsoRefuseIt() {
            ProcessInstance placed = placementWithoutConsent();
            engine.complete("cnord1", engine.decisionOf(placed.getId()), "Task_RecordCommitteeDecision", form(
                    "committeeOutcome", "PLACED", "pii_committeeDecidedOn", LocalDate.now().toString(),
                    "pii_committeeReasons", "Barnets sundhed og udvikling er i åbenbar fare."));
            engine.runDueJobs(placed.getId());
            assertThat(placed).hasPassed("Task_GrantMeasure").isWaitingAt("Task_FollowCase", "Task_WritePlacementPlan");
            assertThat(decided(placed)).extracting(dk.trappen.decisions.DecisionView::kind)
                    .containsExactly(dk.trappen.decisions.DecisionKind.COMMITTEE_PLACEMENT);
            assertThat(decided(placed).get(0).letterIds()).as("to the custody holder named in the submission").hasSize(1);

            ProcessInstance refused = placementWithoutConsent();
            engine.complete("cnord1", engine.decisionOf(refused.getId()), "Task_RecordCommitteeDecision", form(
                    "committeeOutcome", "REFUSED", "pii_committeeDecidedOn", LocalDate.now().toString(),
                    "pii_committeeReasons", "Udvalget finder, at støtte i hjemmet skal forsøges først."));
            assertThat(refused).hasPassed("Gateway_MergeBackToCase").isWaitingAt("Task_FollowCase");
            assertThat(measures.ofCase(caseId(refused)).get(0).status()).isEqualTo(MeasureStatus.REJECTED);
            assertThat(decided(refused)).extracting(dk.trappen.decisions.DecisionView::kind)
                    .containsExactly(dk.trappen.decisions.DecisionKind.COMMITTEE_REFUSED);
        }

        @Test
        void theChairsProvisionalPlacementTakesEffectAtOnceAndLapsesUnlessTheCommitteeConfirmsItInTime() {
            ProcessInstance confirmed = placementWithoutConsent();
            String decision = engine.decisionOf(confirmed.getId());
            engine.complete("cnord1", decision, "Task_RecordCommitteeDecision", form("committeeOutcome", "PROVISIONAL",
                    "pii_committeeDecidedOn", LocalDate.now().toString(), "pii_committeeReasons", "Hastesag: barnet er i fare."));
            engine.runDueJobs(confirmed.getId());
            assertThat(confirmed).hasPassed("BoundaryEvent_ProvisionalPlacement", "Task_GrantMeasure")
                    .isWaitingAt("CallActivity_Decision", "Task_FollowCase", "Task_WritePlacementPlan");
            engine.complete("cnord1", decision, "Task_ConfirmProvisional", form("pii_committeeDecidedOn",
                    LocalDate.now().toString(), "pii_committeeReasons", "Udvalget godkender formandens afgørelse."));
            assertThat(confirmed).hasPassed("EndEvent_ProvisionalSettled").isWaitingAt("Task_FollowCase", "Task_WritePlacementPlan");
            assertThat(decided(confirmed)).extracting(d -> d.provisional() == null ? null : d.provisional().status())
                    .containsExactly(dk.trappen.decisions.ProvisionalStatus.CONFIRMED, null);

            ProcessInstance lapsing = placementWithoutConsent();
            String lapsingDecision = engine.decisionOf(lapsing.getId());
            engine.complete("cnord1", lapsingDecision, "Task_RecordCommitteeDecision", form("committeeOutcome", "PROVISIONAL",
                    "pii_committeeDecidedOn", LocalDate.now().toString(), "pii_committeeReasons", "Hastesag."));
            engine.runDueJobs(lapsing.getId());
            long placement = measures.ofCase(caseId(lapsing)).get(0).id();
            assertThat(measures.get(placement).status()).isEqualTo(MeasureStatus.GRANTED);
            engine.setClock(Instant.now().plus(Duration.ofDays(9)));
            engine.runDueJobs(lapsingDecision);
            engine.runDueJobs(lapsing.getId());
            assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(lapsingDecision)
                    .singleResult().getEndActivityId()).isEqualTo("EndEvent_ProvisionalLapsed");
            assertThat(measures.get(placement).status()).as("without a confirmed decision the placement ends")
                    .isEqualTo(MeasureStatus.ENDED);
            assertThat(lapsing).hasPassed("BoundaryEvent_MeasureEndedElsewhere", "EndEvent_ProvisionalSettled")
                    .isWaitingAt("Task_FollowCase");
            assertThat(decided(lapsing).get(0).provisional().status()).isEqualTo(dk.trappen.decisions.ProvisionalStatus.LAPSED);
        }

        @Test
        void anExtensionNeedsConsentAndItAndTheEndAreDecisionsWithLetters() {
            ProcessInstance pi = readyToChooseMeasure();
            MeasureView granted = choose(pi, familyTreatment);
            LocalDate newEnd = granted.expectedEndDate().plusWeeks(8);
            assertThatThrownBy(() -> completeTask("cnord1", measureTask(pi), form("pii_childHeardOn", LocalDate.now().toString(),
                    "measureOutcome", "EXTEND", "pii_newExpectedEndDate", newEnd.toString(),
                    "pii_extensionReason", "Forløbet virker; 8 uger mere.", "custodyConsent", "REFUSED")))
                    .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                    .hasMessageContaining("Samtykke fra forældremyndighedens indehavere");
            assertThat(measures.get(granted.id()).expectedEndDate()).as("a refused extension changes nothing")
                    .isEqualTo(granted.expectedEndDate());
            completeTask("cnord1", measureTask(pi), form("pii_childHeardOn", LocalDate.now().toString(),
                    "measureOutcome", "EXTEND", "pii_newExpectedEndDate", newEnd.toString(),
                    "pii_extensionReason", "Forløbet virker; 8 uger mere.", "custodyConsent", "GIVEN"));
            completeTask("cnord1", measureTask(pi), form("pii_childNotHeardReason", "Barnet ønskede ikke en samtale.",
                    "measureOutcome", "END", "pii_endDate", LocalDate.now().toString(), "pii_endReason", "Målene er nået."));
            assertThat(measures.get(granted.id()).status()).isEqualTo(MeasureStatus.ENDED);
            assertThat(decided(pi)).extracting(dk.trappen.decisions.DecisionView::kind).containsExactly(
                    dk.trappen.decisions.DecisionKind.MEASURE_GRANTED, dk.trappen.decisions.DecisionKind.EXTENSION,
                    dk.trappen.decisions.DecisionKind.MEASURE_ENDED);
            assertThat(decided(pi).get(2).childHeard().reason()).isEqualTo("Barnet ønskede ikke en samtale.");
            assertThat(decided(pi).get(2).letterIds()).as("to the custody holders of the grant's letters").hasSize(2);
            assertThat(processEngine.getRuntimeService().getVariables(pi.getId()).keySet()).noneMatch(name -> name.startsWith("pii_"));
        }

        @Test
        void adviceNeedsNoDecision() {
            ProcessInstance pi = readyToChooseMeasure();
            engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", measure(advice, 12));
            engine.runDueJobs(pi.getId());
            processEngine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId()).list()
                    .forEach(called -> decisionCoverage.started(called.getId()));
            assertThat(pi).hasPassed("CallActivity_Decision", "Task_GrantMeasure").isWaitingAt("Task_FollowCase", "Task_EndMeasure");
            assertThat(decided(pi)).isEmpty();
        }
    }
}
