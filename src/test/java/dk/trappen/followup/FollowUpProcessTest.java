package dk.trappen.followup;

import static dk.trappen.testsupport.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.trappen.casefile.CaseOverviews;
import dk.trappen.casefile.AccessChannel;
import dk.trappen.deadlines.TeamDeadlines;
import dk.trappen.intake.ConcernService;
import dk.trappen.meetings.MeetingProcesses;
import dk.trappen.meetings.Meetings;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.MeasureStatus;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import dk.trappen.staircase.Offer;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.staircase.OfferInput;
import dk.trappen.testsupport.CaseScenarios;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.FlowNodeCoverage;
import dk.trappen.testsupport.TrappenTest;
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
 * Every path of {@code bpmn/followUp.bpmn} on the real engine, services and database, with the
 * engine clock moved instead of waiting: the cadences of Kolding, the legal minimum and Borås,
 * preparation with and without a follow-up meeting, going home after 6 months of placement,
 * supervision visits, the overdue escalation, step down, ending by decision and ending mid-cycle.
 */
@TrappenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpProcessTest {

    static final ZoneId ZONE = EngineDriver.ZONE;
    static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Autowired
    dk.trappen.decisions.Decisions decisions;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    Measures measures;
    @Autowired
    FollowUps followUps;
    @Autowired
    dk.trappen.casefile.CaseJournal journal;
    @Autowired
    Organisation organisation;
    @Autowired
    TeamDeadlines teamDeadlines;
    @Autowired
    CaseOverviews overviews;
    @Autowired
    MeetingProcesses meetingProcesses;
    @Autowired
    Meetings meetings;
    @Autowired
    dk.trappen.insight.Dashboard dashboard;

    EngineDriver engine;
    CaseScenarios scenarios;
    final FlowNodeCoverage coverage = new FlowNodeCoverage(FollowUpProcessTest.class, FollowUpProcess.KEY);
    Offer familyTreatment;
    Offer fosterCare;

    @BeforeAll
    void offers() {
        engine = new EngineDriver(processEngine);
        scenarios = new CaseScenarios(engine, concerns);
        familyTreatment = offer("Familiebehandling (opfølgningstest)", MeasureKind.FAMILY_TREATMENT, 2);
        fosterCare = offer("Plejefamilie (opfølgningstest)", MeasureKind.FOSTER_CARE, 5);
    }

    Offer offer(String name, MeasureKind kind, int step) {
        return organisation.runAs("owner", () -> catalogue.create(new OfferInput(name, null, kind, step, 0, 17, 52, true)));
    }

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(processEngine);
        at(START.minusDays(3), 9);
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

    // ------------------------------------------------------------------------------ scenario helpers

    void at(LocalDate day, int hour) {
        engine.setClock(day, hour);
    }

    /** A case whose investigation and plan are done, with {@code policy} as its own policy. */
    ProcessInstance caseWithPlan(FollowUpPolicy policy) {
        ProcessInstance pi = scenarios.planned(LocalDate.of(2019, 5, 2));
        if (policy != null) {
            followUps.choosePolicy(caseId(pi), policy, organisation.user("cnord1"));
        }
        return pi;
    }

    /** Grants {@code offer} from START (approved by the team leader where needed); returns the measure's followUp instance. */
    ProcessInstance grant(ProcessInstance pi, Offer offer) {
        ProcessInstance followUp = followUpOf(scenarios.grant(pi, offer.id(), START, 104L, "cnord1", "lnord"));
        coverage.started(followUp.getId());
        engine.runDueJobs(followUp.getId());
        return followUp;
    }

    ProcessInstance followUpOf(long measureId) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.KEY)
                .variableValueEquals(FollowUpProcess.MEASURE_ID, measureId).singleResult();
    }

    MeasureView latestMeasure(ProcessInstance pi) {
        return measures.ofCase(caseId(pi)).stream().reduce((first, second) -> second).orElseThrow();
    }

    long caseId(ProcessInstance pi) {
        return ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "caseId")).longValue();
    }

    FollowUpView current(ProcessInstance followUp) {
        long id = ((Number) processEngine.getRuntimeService().getVariable(followUp.getId(), FollowUpProcess.FOLLOW_UP_ID)).longValue();
        return followUps.get(id);
    }

    /** Moves the clock to the preparation and prepares the current follow-up (without a meeting). */
    void prepare(ProcessInstance followUp, boolean meeting) {
        Date from = (Date) processEngine.getRuntimeService().getVariable(followUp.getId(), FollowUpProcess.PREPARE_FROM);
        engine.setClock(from.toInstant().plusSeconds(3600));
        engine.runDueJobs(followUp.getId());
        engine.complete("cnord1", followUp.getId(), "Task_PrepareFollowUp", form("followUpMeeting", String.valueOf(meeting),
                "pii_childView", "Det går bedre i skolen."));
    }

    Map<String, Object> held(LocalDate on, String decision) {
        Map<String, Object> form = new HashMap<>(form("followUpHeldOn", on.toString(), "pii_goal1Score", 6L, "pii_goal2Score", 4L,
                "pii_goal1Note", "Mere fremmøde.", "pii_childHeard", "true", "pii_fitOrs", 22L, "pii_fitSrs", 38L, "followUpDecision", decision,
                // the case's first follow-up decides the cadence (§ 95 stk. 3); later ones ignore these
                "caseCadence", "POLICY", "pii_cadenceReason", "Kommunens politik passer til barnet.", "cadenceToldFamily", true));
        if (!"CONTINUE".equals(decision)) {
            form.put("pii_decisionReason", "Målene er tæt på at være nået.");
        }
        return form;
    }

    /** Holds the current follow-up on its due date with decision CONTINUE (going home considered when asked). */
    LocalDate holdOnDueDate(ProcessInstance followUp) {
        LocalDate due = current(followUp).dueDate();
        at(due, 10);
        engine.runDueJobs(followUp.getId());
        Map<String, Object> form = held(due, "CONTINUE");
        Task task = engine.task(followUp.getId(), "Task_HoldFollowUp");
        if (Boolean.TRUE.equals(processEngine.getTaskService().getVariableLocal(task.getId(), FollowUpProcess.ASK_HOME_RETURN))) {
            form.put("pii_homeReturnPossible", "false");
            form.put("pii_homeReturnReason", "Forældrene er endnu ikke klar.");
        }
        engine.complete("cnord1", followUp.getId(), "Task_HoldFollowUp", form);
        engine.runDueJobs(followUp.getId());
        return due;
    }

    /** Runs {@code count} follow-ups on their due dates and returns the due dates. */
    List<LocalDate> followUpsOnTime(ProcessInstance followUp, int count) {
        List<LocalDate> dues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            prepare(followUp, false);
            dues.add(holdOnDueDate(followUp));
        }
        return dues;
    }

    // ------------------------------------------------------------------------------ the cadences

    @Test
    void aFosterPlacementUnderKoldingIsFollowedUpMonthlyForSixMonthsThenQuarterlyAndVisitedTwiceAYear() {
        ProcessInstance pi = caseWithPlan(FollowUpPolicy.KOLDING);
        ProcessInstance followUp = grant(pi, fosterCare);
        assertThat(followUp.getBusinessKey()).startsWith("SAG-");
        assertThat(followUp).hasPassed("Task_FindCadence", "Task_PlanFollowUp", "Task_PlanVisit")
                .isWaitingAt("IntermediateCatchEvent_PrepareFollowUp", "IntermediateCatchEvent_VisitNotice");
        assertThat(processEngine.getRuntimeService().getVariable(followUp.getId(), "policy")).isEqualTo("KOLDING");

        List<LocalDate> dues = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            prepare(followUp, false);
            dues.add(holdOnDueDate(followUp));
        }
        // The first visit's task appears a month before it is due (start + 6 months).
        assertThat(followUp).isWaitingAt("Task_PlacementVisit");
        Task visit = engine.task(followUp.getId(), "Task_PlacementVisit");
        assertThat(visit.getDueDate().toInstant()).isEqualTo(START.plusMonths(6).plusDays(1).atStartOfDay(ZONE).toInstant());
        at(LocalDate.of(2027, 6, 20), 9);
        engine.complete("cnord1", followUp.getId(), "Task_PlacementVisit", form("visitedOn", LocalDate.of(2027, 6, 20).toString(),
                "talkedWithChild", "true", "withoutStaff", true));
        engine.runDueJobs(followUp.getId());

        // From 6 months on, every follow-up of a placement asks whether the child can go home.
        prepare(followUp, false);
        at(current(followUp).dueDate(), 10);
        Task sixth = engine.task(followUp.getId(), "Task_HoldFollowUp");
        assertThat(processEngine.getTaskService().getVariableLocal(sixth.getId(), FollowUpProcess.ASK_HOME_RETURN)).isEqualTo(true);
        assertThatThrownBy(() -> engine.complete("cnord1", followUp.getId(), "Task_HoldFollowUp",
                held(current(followUp).dueDate(), "CONTINUE")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Kan barnet komme hjem (hjemgivelse)?: skal udfyldes");
        dues.add(holdOnDueDate(followUp));
        dues.addAll(followUpsOnTime(followUp, 2));

        assertThat(dues).containsExactly(LocalDate.of(2027, 2, 4), LocalDate.of(2027, 3, 4), LocalDate.of(2027, 4, 4),
                LocalDate.of(2027, 5, 4), LocalDate.of(2027, 6, 4), LocalDate.of(2027, 7, 4),
                LocalDate.of(2027, 10, 4), LocalDate.of(2028, 1, 4));
        FollowUps.CaseFollowUps record = followUps.ofCase(caseId(pi), organisation.user("cnord1"));
        assertThat(record.policy()).isEqualTo(FollowUpPolicy.KOLDING);
        assertThat(record.followUps()).filteredOn(f -> f.heldOn() != null).hasSize(8)
                .allSatisfy(f -> assertThat(f.goals()).extracting(FollowUpView.GoalScore::score).containsExactly(6, 4));
        assertThat(record.followUps()).filteredOn(FollowUpView::homeReturnAsked).hasSize(3)
                .allSatisfy(f -> assertThat(f.homeReturnReason()).isEqualTo("Forældrene er endnu ikke klar."));
        // The next visit: 6 months after the one held, visible on the case before its task exists.
        assertThat(record.visits()).extracting(VisitView::dueDate).contains(LocalDate.of(2027, 12, 20));
        assertThat(overviews.ofCase(caseId(pi), organisation.user("cnord1"), AccessChannel.API).nextDeadlines())
                .anySatisfy(d -> assertThat(d.task()).startsWith("Opfølgning nr. 9 (planlagt, P3M)"));
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(followUp.getId())
                .variableNameLike("pii_%").count()).as("assessments stay in the domain").isZero();
    }

    @Test
    void theLegalMinimumFollowsUpFirstAfterThreeMonthsThenEverySix() {
        ProcessInstance pi = caseWithPlan(FollowUpPolicy.LEGAL_MINIMUM);
        ProcessInstance followUp = grant(pi, familyTreatment);
        assertThat(followUp).hasPassed("EndEvent_NoVisits");
        assertThat(followUpsOnTime(followUp, 3)).containsExactly(LocalDate.of(2027, 4, 4), LocalDate.of(2027, 10, 4),
                LocalDate.of(2028, 4, 4));
    }

    @Test
    void borasFollowsUpAPlacementAfterFourWeeksThenEverySixWeeks() {
        ProcessInstance pi = caseWithPlan(FollowUpPolicy.BORAAS);
        ProcessInstance followUp = grant(pi, fosterCare);
        assertThat(followUpsOnTime(followUp, 3)).containsExactly(START.plusWeeks(4), START.plusWeeks(10), START.plusWeeks(16));
    }

    @Test
    void withoutItsOwnPolicyACaseFollowsTheMunicipalityHerning() {
        ProcessInstance pi = caseWithPlan(null);
        ProcessInstance followUp = grant(pi, familyTreatment);
        assertThat(processEngine.getRuntimeService().getVariable(followUp.getId(), "policy")).isEqualTo("HERNING");
        assertThat(current(followUp).dueDate()).isEqualTo(START.plusMonths(3));
    }

    @Test
    void anInvestigationEndingBesideARunningMeasureBringsItsFirstFollowUpForward() {
        // Barnets lov § 95 stk. 2: the first follow-up at the earlier of 3 months and a parallel investigation's end.
        LocalDate born = LocalDate.of(2019, 6, 2);
        String cpr = Concerns.newCpr(born);
        ProcessInstance pi = scenarios.planned(cpr, "Testbarn", born);
        ProcessInstance followUp = grant(pi, familyTreatment);
        assertThat(current(followUp).dueDate()).isEqualTo(START.plusMonths(3));

        LocalDate finished = START.plusWeeks(3);
        at(finished, 10);
        scenarios.concernOnOpenCase(cpr, "Testbarn", born, false, "cnord2");
        engine.complete("cnord1", pi.getId(), "Task_ReassessCase",
                form("reassessmentOutcome", "NEW_INVESTIGATION", "pii_note", "Skolen melder om vold mellem forældrene."));
        engine.complete("cnord1", pi.getId(), "Task_InvestigateNewConcern", form("pii_childHeardOn", finished.toString(),
                "pii_childRulerCategory", "3", "recommendedStep", "2", "pii_conclusion", "Indsatsen fortsætter."));

        assertThat(current(followUp).dueDate()).as("the investigation's end plus the preparation time")
                .isEqualTo(finished.plusDays(14));
        engine.runDueJobs(followUp.getId());
        assertThat(followUp).isWaitingAt("Task_PrepareFollowUp");
        assertThat(engine.task(followUp.getId(), "Task_PrepareFollowUp").getDueDate())
                .isEqualTo(java.util.Date.from(finished.plusDays(15).atStartOfDay(ZONE).toInstant()));
    }

    @Test
    void theFirstFollowUpDecidesTheCasesOwnCadenceWithReasonsAndItWinsOverThePolicy() {
        // Issue 16, point 5 (Barnets lov § 95 stk. 3): Herning's policy says every 3 months.
        ProcessInstance pi = caseWithPlan(FollowUpPolicy.HERNING);
        ProcessInstance followUp = grant(pi, familyTreatment);
        prepare(followUp, false);
        LocalDate due = current(followUp).dueDate();
        assertThat(due).isEqualTo(START.plusMonths(3));
        at(due, 10);
        engine.runDueJobs(followUp.getId());
        Task task = engine.task(followUp.getId(), "Task_HoldFollowUp");
        assertThat(processEngine.getTaskService().getVariableLocal(task.getId(), FollowUpProcess.DECIDE_CADENCE)).isEqualTo(true);

        Map<String, Object> withoutReason = held(due, "CONTINUE");
        withoutReason.put("caseCadence", "P6W");
        withoutReason.remove("pii_cadenceReason");
        withoutReason.put("cadenceToldFamily", false);
        assertThatThrownBy(() -> engine.complete("cnord1", followUp.getId(), "Task_HoldFollowUp", withoutReason))
                .hasRootCauseInstanceOf(dk.trappen.platform.InvalidInputException.class).rootCause()
                .hasMessageContaining("Begrundelse for kadencen").hasMessageContaining("barnet og forældrene");
        Map<String, Object> tooRare = held(due, "CONTINUE");
        tooRare.put("caseCadence", "P9M");
        assertThatThrownBy(() -> engine.complete("cnord1", followUp.getId(), "Task_HoldFollowUp", tooRare))
                .hasRootCauseInstanceOf(dk.trappen.platform.InvalidInputException.class).rootCause()
                .hasMessageContaining("Opfølgning fremover");

        Map<String, Object> sixWeeks = held(due, "CONTINUE");
        sixWeeks.put("caseCadence", "P6W");
        engine.complete("cnord1", followUp.getId(), "Task_HoldFollowUp", sixWeeks);
        engine.runDueJobs(followUp.getId());
        assertThat(current(followUp).dueDate()).as("the case's own cadence, not the policy's P3M").isEqualTo(due.plusWeeks(6));
        assertThat(current(followUp).cadence()).isEqualTo("P6W");

        // The next follow-up does not ask again, and the cadence holds.
        prepare(followUp, false);
        LocalDate second = current(followUp).dueDate();
        at(second, 10);
        engine.runDueJobs(followUp.getId());
        assertThat(processEngine.getTaskService().getVariableLocal(engine.task(followUp.getId(), "Task_HoldFollowUp").getId(),
                FollowUpProcess.DECIDE_CADENCE)).isEqualTo(false);
        engine.complete("cnord1", followUp.getId(), "Task_HoldFollowUp", held(second, "CONTINUE"));
        engine.runDueJobs(followUp.getId());
        assertThat(current(followUp).dueDate()).isEqualTo(second.plusWeeks(6));
    }

    @Test
    void orsAndSrsAreTwoScoresAndTheDashboardNeverAveragesThemTogether() {
        // Issue 16, point 10: ORS (how life goes) and SRS (the session) are different scales with
        // different cut-offs (25/28 vs 36): one "FIT score" averaged over both meant nothing.
        ProcessInstance pi = caseWithPlan(FollowUpPolicy.HERNING);
        ProcessInstance followUp = grant(pi, familyTreatment);
        prepare(followUp, false);
        long heldId = current(followUp).id();
        LocalDate day = holdOnDueDate(followUp); // ORS 22, SRS 38
        FollowUpView held = followUps.get(heldId);
        assertThat(held.fitOrs()).isEqualTo(22);
        assertThat(held.fitSrs()).isEqualTo(38);

        var fit = dashboard.of(organisation.user("lnord"), "nord", day, day).heard().fit();
        assertThat(fit).singleElement().satisfies(month -> {
            assertThat(month.averageOrs()).isEqualTo(22.0);
            assertThat(month.averageSrs()).isEqualTo(38.0);
            assertThat(month.orsScores()).isEqualTo(month.srsScores()).isPositive();
        });
    }

    @Test
    void anOrsOutsideZeroToFortyIsRefusedNamingTheScale() {
        ProcessInstance pi = caseWithPlan(FollowUpPolicy.HERNING);
        ProcessInstance followUp = grant(pi, familyTreatment);
        prepare(followUp, false);
        LocalDate due = current(followUp).dueDate();
        at(due, 10);
        engine.runDueJobs(followUp.getId());
        Map<String, Object> form = held(due, "CONTINUE");
        form.put("pii_fitSrs", 41L);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> engine.complete("cnord1", followUp.getId(), "Task_HoldFollowUp", form))
                .hasRootCauseInstanceOf(dk.trappen.platform.InvalidInputException.class).rootCause()
                .hasMessageContaining("FIT: SRS");
    }

    // ------------------------------------------------------------------------------ meeting, overdue

    @Test
    void aFollowUpMeetingIsANetworkMeetingOfKindFollowUpAndTheFollowUpIsHeldAfterIt() {
        ProcessInstance pi = caseWithPlan(FollowUpPolicy.HERNING);
        ProcessInstance followUp = grant(pi, familyTreatment);
        prepare(followUp, true);
        assertThat(followUp).isWaitingAt("CallActivity_FollowUpMeeting");
        ProcessInstance meeting = processEngine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(followUp.getId()).singleResult();
        assertThat(meeting.getBusinessKey()).isEqualTo(followUp.getBusinessKey());
        assertThat(processEngine.getRuntimeService().getVariable(meeting.getId(), "meetingKind")).isEqualTo("FOLLOW_UP_MEETING");
        long meetingId = ((Number) processEngine.getRuntimeService().getVariable(meeting.getId(), "meetingId")).longValue();
        assertThat(meetings.get(meetingId).caseId()).isEqualTo(caseId(pi));
        // The meeting itself is tested with networkMeeting; here it is called off, and the follow-up goes on.
        meetingProcesses.cancel(meetingId, "Partnerne har sendt skriftlig status.", organisation.user("cnord1"));
        assertThat(followUp).hasPassed("CallActivity_FollowUpMeeting", "Gateway_MergeMeeting").isWaitingAt("Task_HoldFollowUp");
    }

    @Test
    void aFollowUpNotHeldInTimeGoesToTheTeamLeaderAndStaysOverdueUntilHeld() {
        ProcessInstance pi = caseWithPlan(FollowUpPolicy.HERNING);
        ProcessInstance followUp = grant(pi, familyTreatment);
        prepare(followUp, false);
        LocalDate due = current(followUp).dueDate();
        at(due.plusDays(1), 8);
        engine.runDueJobs(followUp.getId());
        assertThat(followUp).hasPassed("BoundaryEvent_FollowUpOverdue").isWaitingAt("Task_HoldFollowUp",
                "Task_HandleOverdueFollowUp");
        Task escalation = engine.task(followUp.getId(), "Task_HandleOverdueFollowUp");
        assertThat(escalation.getName()).isEqualTo("Opfølgning overskredet");
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(escalation.getId())
                .taskCandidateGroup("teamleaders-nord").count()).isOne();
        TeamDeadlines.TeamDeadlineList list = teamDeadlines.of("nord", organisation.user("lnord"));
        assertThat(list.overdue()).anySatisfy(d -> {
            assertThat(d.task()).isEqualTo("Gennemfør opfølgning");
            assertThat(d.reference()).isEqualTo(followUp.getBusinessKey());
            assertThat(d.kind()).isEqualTo(TeamDeadlines.Kind.FOLLOW_UP);
            assertThat(d.reference()).isEqualTo(followUp.getBusinessKey());
        });
        assertThat(list.coming()).anySatisfy(d -> assertThat(d.taskId()).isEqualTo(escalation.getId()));
        engine.complete("lnord", followUp.getId(), "Task_HandleOverdueFollowUp",
                form("pii_escalationNote", "Opfølgningen holdes i morgen."));
        assertThat(followUps.get(current(followUp).id()).escalationNote()).isEqualTo("Opfølgningen holdes i morgen.");
        assertThat(teamDeadlines.of("nord", organisation.user("lnord")).overdue())
                .as("still overdue until it is held").anySatisfy(d -> {
                    assertThat(d.task()).isEqualTo("Gennemfør opfølgning");
                    assertThat(d.reference()).isEqualTo(followUp.getBusinessKey());
                });

        engine.complete("cnord1", followUp.getId(), "Task_HoldFollowUp", held(due.plusDays(1), "CONTINUE"));
        engine.runDueJobs(followUp.getId());
        assertThat(followUp).hasPassed("EndEvent_OverdueHandled");
        assertThat(teamDeadlines.of("nord", organisation.user("lnord")).overdue())
                .noneSatisfy(d -> {
                    assertThat(d.task()).isEqualTo("Gennemfør opfølgning");
                    assertThat(d.reference()).isEqualTo(followUp.getBusinessKey());
                });
        assertThat(current(followUp).dueDate()).as("planned from the day it was held").isEqualTo(due.plusDays(1).plusMonths(3));
    }

    // ------------------------------------------------------------------------------ decisions

    @Test
    void aStepDownReplacesThePlacementInOneMoveAndItsFollowUpsEnd() {
        ProcessInstance pi = caseWithPlan(FollowUpPolicy.HERNING);
        ProcessInstance followUp = grant(pi, fosterCare);
        MeasureView placement = latestMeasure(pi);
        prepare(followUp, false);
        at(current(followUp).dueDate(), 10);
        // A placement does not end at the follow-up: its end is a return home, planned in the case (§ 100).
        assertThatThrownBy(() -> engine.complete("cnord1", followUp.getId(), "Task_HoldFollowUp",
                held(current(followUp).dueDate(), "END_MEASURE")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("en anbringelse afsluttes i barnets sag med 'Afslut eller forlæng indsats'");
        engine.complete("cnord1", followUp.getId(), "Task_HoldFollowUp", held(current(followUp).dueDate(), "STEP_DOWN"));
        engine.runDueJobs(followUp.getId());
        assertThat(followUp).hasPassed("Task_ReportDecision", "EndEvent_DecisionReported");
        assertThat(pi).hasPassed("BoundaryEvent_StepChangeDecided").isWaitingAt("Task_ChooseMeasure", "Task_WritePlacementPlan");
        assertThat(measures.get(placement.id()).status()).as("the placement runs until its successor is granted")
                .isEqualTo(MeasureStatus.GRANTED);

        engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", form("offerId", String.valueOf(familyTreatment.id()),
                "pii_childNotHeardReason", "Barnet ønskede ikke en samtale.",
                "pii_measureStartDate", START.plusMonths(3).plusDays(7).toString(), "pii_measureDurationWeeks", 26L,
                "pii_measurePurpose", "Støtte efter hjemgivelse.", "placementStatement", true,
                "pii_returnHomePlan", "Barnet flytter hjem; familiebehandling hver uge og samvær med plejefamilien."));
        engine.decideToGrantIfAsked(pi.getId());
        assertThat(measures.get(placement.id()).status()).isEqualTo(MeasureStatus.ENDED);
        assertThat(measures.returnHome(placement.id())).as("the step down took the child home, with its plan").isPresent();
        assertThat(measures.get(placement.id()).endedOn()).isEqualTo(START.plusMonths(3).plusDays(7));
        assertThat(measures.movesOf(childId(pi))).last().satisfies(move -> {
            assertThat(move.fromStep()).isEqualTo(5);
            assertThat(move.toStep()).isEqualTo(2);
        });
        assertThat(pi).hasPassed("EndEvent_MeasureCourseStopped");
        assertThat(followUp).isEnded();
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(followUp.getId())
                .activityId("EndEvent_FollowUpStopped").count()).as("the visits ended with the placement").isOne();
        assertThat(followUpOf(latestMeasure(pi).id())).as("the new measure has its own follow-ups").isNotNull();
    }

    @Test
    void endingTheMeasureAtAFollowUpEndsItsCourseAndRecordsTheMove() {
        ProcessInstance pi = caseWithPlan(FollowUpPolicy.HERNING);
        ProcessInstance followUp = grant(pi, familyTreatment);
        MeasureView measure = latestMeasure(pi);
        prepare(followUp, false);
        LocalDate due = current(followUp).dueDate();
        at(due, 10);
        Map<String, Object> missingReason = held(due, "END_MEASURE");
        missingReason.remove("pii_decisionReason");
        assertThatThrownBy(() -> engine.complete("cnord1", followUp.getId(), "Task_HoldFollowUp", missingReason))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Begrundelse for beslutningen: skal udfyldes");
        engine.complete("cnord1", followUp.getId(), "Task_HoldFollowUp", held(due, "END_MEASURE"));
        engine.runDueJobs(followUp.getId());
        assertThat(followUp).isEnded();
        // What the follow-up recorded reads on the case page, in the case's journal.
        assertThat(journal.entriesOf(measure.caseId())).filteredOn(entry -> entry.kind().equals("Opfølgning"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.title()).endsWith(": Afslut indsatsen");
                    assertThat(entry.text()).contains("Mål 1: 6 af 10 – Mere fremmøde.", "Mål 2: 4 af 10", "Barnet er hørt.",
                            "FIT: ORS 22 af 40, SRS 38 af 40", "Begrundelse: Målene er tæt på at være nået.");
                });
        assertThat(measures.get(measure.id()).status()).isEqualTo(MeasureStatus.ENDED);
        assertThat(measures.get(measure.id()).endedOn()).isEqualTo(due);
        assertThat(measures.movesOf(childId(pi))).last().satisfies(move -> assertThat(move.toStep()).isZero());
        assertThat(pi).hasPassed("EndEvent_MeasureCourseStopped").isWaitingAt("Task_FollowCase");
        assertThat(decisions.decisionsOfCase(measure.caseId())).last().satisfies(decision -> {
            assertThat(decision.kind()).as("the end is a decision").isEqualTo(dk.trappen.decisions.DecisionKind.MEASURE_ENDED);
            assertThat(decision.reasons()).isEqualTo("Målene er tæt på at være nået.");
            assertThat(decision.childHeard().heldOn()).isEqualTo(due);
            assertThat(decision.letterIds()).isNotEmpty();
        });
    }

    @Test
    void aMeasureEndedMidCycleEndsItsFollowUpAndCancelsWhatWasPlanned() {
        ProcessInstance pi = caseWithPlan(FollowUpPolicy.HERNING);
        ProcessInstance followUp = grant(pi, familyTreatment);
        long planned = current(followUp).id();
        at(START.plusWeeks(6), 10);
        Task end = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_EndMeasure").singleResult();
        engine.as("cnord1", () -> processEngine.getTaskService().complete(end.getId(), form("measureOutcome", "END", "pii_childNotHeardReason", "Barnet ønskede ikke en samtale.",
                "pii_endDate", START.plusWeeks(6).toString(), "pii_endReason", "Familien flytter.")));
        assertThat(followUp).hasPassed("StartEvent_MeasureEnded", "EndEvent_FollowUpStopped").isEnded();
        assertThat(followUps.get(planned).status()).isEqualTo("CANCELLED");
        assertThat(pi).hasPassed("EndEvent_MeasureEnded").hasNotPassed("EndEvent_MeasureCourseStopped");
    }

    long childId(ProcessInstance pi) {
        return ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "childId")).longValue();
    }
}
