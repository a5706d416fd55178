package dk.trappen.homeintervention;

import static dk.trappen.testsupport.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import dk.trappen.intake.ConcernService;
import dk.trappen.meetings.MeetingKind;
import dk.trappen.meetings.MeetingProcesses;
import dk.trappen.meetings.Meetings;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.ConflictException;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.Offer;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.staircase.OfferInput;
import dk.trappen.testsupport.CaseScenarios;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code bpmn/intensiveHomeIntervention.bpmn} on the real engine, with the engine
 * clock moved through the 12 weeks: the team rules, the phases on their dates, the phase and status
 * meetings and the report with their due dates, both tracks week by week and the summed intensity,
 * ending early, the family outside the target group, and each decision back in the child's case.
 */
@TrappenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntensiveHomeInterventionProcessTest {

    static final ZoneId ZONE = EngineDriver.ZONE;
    /** A Monday: week 1 of the intervention. */
    static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    Interventions interventions;
    @Autowired
    InterventionProcesses interventionProcesses;
    @Autowired
    Meetings meetings;
    @Autowired
    MeetingProcesses meetingProcesses;
    @Autowired
    Organisation organisation;

    EngineDriver engine;
    CaseScenarios scenarios;
    final FlowNodeCoverage coverage = new FlowNodeCoverage(IntensiveHomeInterventionProcessTest.class,
            IntensiveInterventionProcess.KEY);
    Offer intensive;

    @BeforeAll
    void offer() {
        engine = new EngineDriver(processEngine);
        scenarios = new CaseScenarios(engine, concerns);
        intensive = organisation.runAs("owner", () -> catalogue.create(new OfferInput("Intensiv familiebehandling (indsatstest)",
                null, MeasureKind.INTENSIVE_HOME_INTERVENTION, 3, 0, 17, 12, true)));
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

    void at(LocalDate day, int hour) {
        engine.setClock(day, hour);
    }

    /** A case of Cnord1's with the intensive intervention granted from START; its two instances. */
    record Granted(ProcessInstance childCase, ProcessInstance intervention) {
    }

    Granted granted() {
        ProcessInstance pi = scenarios.planned(LocalDate.of(2019, 9, 9));
        scenarios.grant(pi, intensive.id(), START, 12L, "cnord1", "lnord");
        ProcessInstance intervention = processEngine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(pi.getId()).singleResult();
        coverage.started(intervention.getId());
        return new Granted(pi, intervention);
    }

    long interventionId(ProcessInstance intervention) {
        return ((Number) processEngine.getRuntimeService().getVariable(intervention.getId(), "interventionId")).longValue();
    }

    Granted composed() {
        Granted granted = granted();
        engine.complete("lnord", granted.intervention().getId(), "Task_ComposeTeam", form("atRiskOfPlacement", "true",
                "followUpCaseworker", "cnord2", "therapist1", "therapist", "therapist2", "therapist2"));
        return granted;
    }

    ProcessInstance meetingOf(ProcessInstance intervention) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(intervention.getId())
                .singleResult();
    }

    long meetingId(ProcessInstance meeting) {
        return ((Number) processEngine.getRuntimeService().getVariable(meeting.getId(), "meetingId")).longValue();
    }

    Map<String, Object> week(LocalDate day) {
        Map<String, Object> form = new HashMap<>(form("pii_focusPoints", "Faste sengetider; ros ved små fremskridt.",
                "focusGoal1", true, "focusGoal2", true,
                "contact1On", day.toString(), "contact1Place", "HOME", "contact1Minutes", 90L,
                "pii_contact1Who", "Mor, far og begge familiebehandlere", "contact1FitKind", "ORS", "pii_contact1Fit", 24L,
                "contact2On", day.toString(), "contact2Place", "SCHOOL", "contact2Minutes", 60L,
                "pii_contact2Who", "Mor og klasselæreren"));
        return form;
    }

    // ------------------------------------------------------------------------------ the whole course

    @Test
    void twelveWeeksWithThePhasesOnTheirDatesBothTracksTheMeetingsTheReportAndThePlacementDecision() {
        Granted granted = granted();
        ProcessInstance iv = granted.intervention();
        assertThat(iv.getBusinessKey()).isEqualTo(granted.childCase().getBusinessKey());
        assertThat(iv).isWaitingAt("Task_ComposeTeam");
        Task compose = engine.task(iv.getId(), "Task_ComposeTeam");
        String caseworkers = processEngine.getTaskService().getVariableLocal(compose.getId(), "caseworkerOptions").toString();
        assertThat(caseworkers).contains("cnord2").doesNotContain("\"cnord1\"");
        assertThat(processEngine.getTaskService().getVariableLocal(compose.getId(), "therapistOptions").toString())
                .contains("therapist", "therapist2");
        engine.complete("lnord", iv.getId(), "Task_ComposeTeam", form("atRiskOfPlacement", "true",
                "followUpCaseworker", "cnord2", "therapist1", "therapist", "therapist2", "therapist2"));
        long id = interventionId(iv);
        assertThat(iv).isWaitingAt("CallActivity_PhaseMeeting", "IntermediateCatchEvent_PhaseTwo", "Task_RecordSession",
                "IntermediateCatchEvent_WeekStarts");

        // The phase-1 meeting: a network meeting of kind PHASE_MEETING due at the end of week 4.
        ProcessInstance phaseMeeting = meetingOf(iv);
        assertThat(meetings.get(meetingId(phaseMeeting)).kind()).isEqualTo(MeetingKind.PHASE_MEETING);
        assertThat(meetings.get(meetingId(phaseMeeting)).dueDate()).isEqualTo(START.plusWeeks(4).minusDays(1));
        meetingProcesses.cancel(meetingId(phaseMeeting), "Holdes som del af et hjemmebesøg.", organisation.user("cnord1"));
        assertThat(iv).hasPassed("EndEvent_PhaseMeetingHeld");

        for (int w = 1; w <= 12; w++) {
            LocalDate monday = START.plusWeeks(w - 1);
            at(monday, 9);
            engine.runDueJobs(iv.getId());
            Task weekTask = engine.task(iv.getId(), "Task_WeeklyFocus");
            assertThat(weekTask.getName()).isEqualTo("Uge " + w + ": fokuspunkter og kontakter");
            assertThat(weekTask.getDueDate().toInstant()).isEqualTo(monday.plusWeeks(1).atStartOfDay(ZONE).toInstant());
            assertThat(processEngine.getTaskService().createTaskQuery().taskId(weekTask.getId()).taskCandidateUser("therapist2")
                    .count()).as("the family's therapists do the week").isOne();
            assertThat(interventions.view(id, organisation.user("cnord1")).phase())
                    .as("phase in week %d", w).isEqualTo(w <= 4 ? 1 : w <= 8 ? 2 : 3);
            if (w == 1) {
                engine.complete("therapist", iv.getId(), "Task_RecordSession", form("sessionMethod", "AAI",
                        "sessionOn", monday.toString(), "pii_sessionParticipants", "Mor og Tove Familiebehandler",
                        "pii_sessionSummary", "Mors egen opvækst præger hendes reaktioner på barnets vrede."));
            }
            if (w == 9) {
                Task report = engine.task(iv.getId(), "Task_WriteReport");
                assertThat(report.getDueDate().toInstant()).isEqualTo(START.plusWeeks(12).atStartOfDay(ZONE).toInstant());
            }
            engine.as("therapist2", () -> processEngine.getTaskService().complete(weekTask.getId(), week(monday)));
        }
        assertThat(iv).hasPassed("IntermediateCatchEvent_PhaseTwo", "IntermediateCatchEvent_PhaseThree", "EndEvent_WeeksDone");

        InterventionView view = interventions.view(id, organisation.user("lnord"));
        assertThat(view.totalContacts()).isEqualTo(24);
        assertThat(view.totalHours()).isEqualTo(30.0);
        assertThat(view.intensity()).hasSize(12).allSatisfy(week -> {
            assertThat(week.contacts()).isEqualTo(2);
            assertThat(week.hours()).isEqualTo(2.5);
        });
        assertThat(view.sessions()).singleElement().satisfies(s -> assertThat(s.method()).isEqualTo(AssessmentMethod.AAI));
        assertThat(view.weeks()).hasSize(12).allSatisfy(w -> assertThat(w.planGoals()).isEqualTo("1,2"));
        assertThat(view.team()).isEqualTo(new InterventionView.Team("cnord1", "cnord2", "therapist", "therapist2"));

        at(START.plusWeeks(12).minusDays(2), 10);
        engine.complete("therapist", iv.getId(), "Task_WriteReport", form("pii_reportFamily", "Familien har fået faste rutiner.",
                "pii_reportParenting", "Forældrene kan delvist imødekomme barnets behov.", "pii_parentsMeetNeeds", "PARTLY"));
        ProcessInstance statusMeeting = meetingOf(iv);
        assertThat(meetings.get(meetingId(statusMeeting)).kind()).isEqualTo(MeetingKind.STATUS_MEETING);
        assertThat(meetings.get(meetingId(statusMeeting)).dueDate()).isEqualTo(START.plusWeeks(12).minusDays(1));
        meetingProcesses.cancel(meetingId(statusMeeting), "Holdt sammen med opfølgningen.", organisation.user("cnord1"));
        assertThat(iv).hasPassed("EndEvent_TwelveWeeksDone").isWaitingAt("Task_DecideNext");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(iv.getId()).count())
                .as("the standing session task ended with the 12 weeks").isOne();

        engine.complete("cnord1", iv.getId(), "Task_DecideNext", form("interventionDecision", "PLACEMENT",
                "pii_decisionReason", "Forældrene kan ikke imødekomme behovene trods intensiv støtte."));
        engine.runDueJobs(iv.getId());
        assertThat(iv).hasPassed("Task_ReportDecision", "EndEvent_Decided").isEnded();
        assertThat(interventions.view(id, organisation.user("cnord1")).decision()).isEqualTo(InterventionDecision.PLACEMENT);
        assertThat(granted.childCase()).isWaitingAt("Task_ChooseMeasure", "Task_EndMeasure");
        assertThat(processEngine.getRuntimeService().getVariable(granted.childCase().getId(), "interventionDecision"))
                .isEqualTo("PLACEMENT");
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(iv.getId())
                .variableNameLike("pii_%").count()).as("what the family said stays in the domain").isZero();
    }

    // ------------------------------------------------------------------------------ ending early

    @Test
    void aTherapistEndsTheInterventionEarlyForAnAcuteSituationAndTheCaseworkerDecidesAtOnce() {
        Granted granted = composed();
        ProcessInstance iv = granted.intervention();
        long id = interventionId(iv);
        ProcessInstance phaseMeeting = meetingOf(iv);
        at(START.plusWeeks(2), 14);
        assertThatThrownBy(() -> interventionProcesses.endEarly(id, EarlyEndReason.ACUTE_SITUATION, "Vold i hjemmet.",
                organisation.user("csyd1"))).as("not on the family's team").isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> interventionProcesses.endEarly(id, EarlyEndReason.ACUTE_SITUATION, " ",
                organisation.user("therapist2"))).isInstanceOf(InvalidInputException.class);

        interventionProcesses.endEarly(id, EarlyEndReason.ACUTE_SITUATION, "Vold i hjemmet; barnet er hos mormor.",
                organisation.user("therapist2"));
        assertThat(iv).hasPassed("BoundaryEvent_EndedEarly").isWaitingAt("Task_DecideNext");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(phaseMeeting.getId()).count())
                .as("the phase meeting is off").isZero();
        InterventionView view = interventions.view(id, organisation.user("cnord1"));
        assertThat(view.status()).isEqualTo("ENDED_EARLY");
        assertThat(view.earlyEndReason()).isEqualTo(EarlyEndReason.ACUTE_SITUATION);
        assertThatThrownBy(() -> interventionProcesses.endEarly(id, EarlyEndReason.FAMILY_WITHDREW, "Igen.",
                organisation.user("cnord2"))).isInstanceOf(ConflictException.class);

        engine.complete("cnord1", iv.getId(), "Task_DecideNext", form("interventionDecision", "PLACEMENT",
                "pii_decisionReason", "Akut anbringelse er nødvendig."));
        engine.runDueJobs(iv.getId());
        assertThat(iv).isEnded();
    }

    // ------------------------------------------------------------------------------ the team rules

    @Test
    void theTeamHasAnotherFollowUpCaseworkerAndTwoDifferentTherapistsAndOnlyFamiliesAtRiskOfPlacement() {
        Granted granted = granted();
        String iv = granted.intervention().getId();
        assertThatThrownBy(() -> engine.complete("lnord", iv, "Task_ComposeTeam", form("atRiskOfPlacement", "true",
                "followUpCaseworker", "cnord1", "therapist1", "therapist", "therapist2", "therapist")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Opfølgningsrådgiver (koordinerer): skal være en anden end familiens egen rådgiver")
                .hasMessageContaining("Familiebehandler 2: teamet har to forskellige familiebehandlere");
        assertThatThrownBy(() -> engine.complete("lnord", iv, "Task_ComposeTeam", form("atRiskOfPlacement", "true",
                "followUpCaseworker", "cnord2", "therapist1", "cnord2", "therapist2", "therapist2")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Familiebehandler 1: er ikke familiebehandler");
        assertThatThrownBy(() -> engine.complete("lnord", iv, "Task_ComposeTeam", form("atRiskOfPlacement", "false")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Hvorfor er familien ikke i målgruppen?: skal udfyldes");
        assertThat(granted.intervention()).isWaitingAt("Task_ComposeTeam");

        engine.complete("lnord", iv, "Task_ComposeTeam", form("atRiskOfPlacement", "false",
                "pii_notEligibleReason", "Barnet er ikke tæt på anbringelse; en mindre indsats er nok."));
        assertThat(granted.intervention()).hasPassed("Gateway_MergeDecision").hasNotPassed("SubProcess_Course")
                .isWaitingAt("Task_DecideNext");
        assertThat(interventions.view(interventionId(granted.intervention()), organisation.user("cnord1")).status())
                .isEqualTo("NOT_ELIGIBLE");
    }

    @ParameterizedTest
    @EnumSource(InterventionDecision.class)
    void eachDecisionGoesBackToTheChildsCaseWhereTheNextMeasureIsChosen(InterventionDecision decision) {
        Granted granted = granted();
        String iv = granted.intervention().getId();
        engine.complete("lnord", iv, "Task_ComposeTeam", form("atRiskOfPlacement", "false",
                "pii_notEligibleReason", "Ikke i målgruppen."));
        engine.complete("cnord1", iv, "Task_DecideNext", form("interventionDecision", decision.name(),
                "pii_decisionReason", "Begrundet i forløbet."));
        engine.runDueJobs(iv);
        assertThat(granted.childCase()).isWaitingAt("Task_ChooseMeasure");
        assertThat(processEngine.getRuntimeService().getVariable(granted.childCase().getId(), "interventionDecision"))
                .isEqualTo(decision.name());
        assertThat(processEngine.getRuntimeService().getVariable(granted.childCase().getId(), "replacedMeasureId"))
                .as("the next measure replaces the intensive one").isNotNull();
    }
}
