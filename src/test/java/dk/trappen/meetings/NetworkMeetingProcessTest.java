package dk.trappen.meetings;

import static dk.trappen.testsupport.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import dk.trappen.intake.ConcernService;
import dk.trappen.organisation.Organisation;
import dk.trappen.outbox.Outbox;
import dk.trappen.platform.InvalidInputException;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code bpmn/networkMeeting.bpmn} (and {@code actionPoint.bpmn}) on the real engine:
 * consent given, refused and withdrawn, a partner's status missing, moved, cancelled, a missed
 * date, the family group conference with its plan sent back once, action points as tasks, and a
 * caseworker's own start from Tasklist.
 */
@TrappenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkMeetingProcessTest {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    Meetings meetings;
    @Autowired
    MeetingProcesses meetingProcesses;
    @Autowired
    Organisation organisation;
    @Autowired
    Outbox outbox;
    @Autowired
    dk.trappen.casefile.ChildCases cases;

    EngineDriver engine;
    final FlowNodeCoverage coverage = new FlowNodeCoverage(NetworkMeetingProcessTest.class, NetworkMeetingProcess.KEY);
    final FlowNodeCoverage actionPointCoverage = new FlowNodeCoverage(NetworkMeetingProcessTest.class,
            NetworkMeetingProcess.ACTION_POINT_KEY);

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(processEngine);
        engine = new EngineDriver(processEngine);
    }

    @AfterEach
    void ended() {
        engine.resetClock();
        coverage.testEnded();
        actionPointCoverage.testEnded();
    }

    @AfterAll
    void everyFlowNodeOfTheModelsIsCovered() {
        coverage.assertEveryFlowNodePassed(processEngine);
        actionPointCoverage.assertEveryFlowNodePassed(processEngine);
    }

    /** A meeting called the way a process calls it: about a team nord child's case. */
    ProcessInstance called(MeetingKind kind) {
        return called(new CaseScenarios(engine, concerns).fromIntake(LocalDate.of(2016, 10, 10),
                OffsetDateTime.now().minusHours(3)), kind);
    }

    ProcessInstance called(ProcessInstance childCase, MeetingKind kind) {
        Map<String, Object> in = new HashMap<>();
        in.put("caseId", processEngine.getRuntimeService().getVariable(childCase.getId(), "caseId"));
        in.put("childId", processEngine.getRuntimeService().getVariable(childCase.getId(), "childId"));
        in.put("teamId", "nord");
        in.put("caseworker", "cnord1");
        in.put("meetingKind", kind.name());
        in.put("dueDate", Date.from(LocalDate.now().plusDays(30).atStartOfDay(COPENHAGEN).toInstant()));
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(NetworkMeetingProcess.KEY,
                childCase.getBusinessKey(), in);
        coverage.started(pi.getId());
        return pi;
    }

    long meetingId(ProcessInstance pi) {
        return ((Number) processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("meetingId").singleResult().getValue()).longValue();
    }

    static OffsetDateTime inTenDays() {
        return OffsetDateTime.now(COPENHAGEN).plusDays(10).truncatedTo(ChronoUnit.HOURS);
    }

    /** The prepare form: a parent, the school (its system: skolesystem), the health visitor, a grandmother. */
    static Map<String, Object> preparation(String consentBasis) {
        Map<String, Object> form = form("meetingAt", inTenDays().toString(), "placeKind", "SCHOOL",
                "pii_place", "Skovvejens Skole, lokale 12",
                "pii_parent1Name", "Mette Testesen", "pii_parent1Contact", "mette@example.dk",
                "childInvited", false,
                "pii_pro1Name", "Lise Lærer", "pro1Role", "SCHOOL", "pii_pro1Organisation", "Skovvejens Skole",
                "pii_pro1Contact", "lise@skovvejen.example", "pii_pro1PartnerUser", "skolesystem",
                "pii_pro2Name", "Hanne Sundhedsplejerske", "pro2Role", "HEALTH_VISITOR", "pii_pro2Organisation", "Sundhedsplejen",
                "pii_private1Name", "Mormor Inge", "pii_private1Contact", "inge@example.dk",
                "consentBasis", consentBasis);
        if (consentBasis.equals("CONSENT")) {
            form.putAll(form("pii_consentScope", "Skole og sundhedspleje må udveksle oplysninger om trivsel.",
                    "pii_consentGivenBy", "Mette Testesen (mor)", "pii_consentGivenOn", LocalDate.now().toString(),
                    "pii_consentValidUntil", LocalDate.now().plusMonths(6).toString()));
        }
        return form;
    }

    long participant(ProcessInstance pi, String name) {
        return meetings.get(meetingId(pi)).participants().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    @Test
    void aTbsMeetingWithConsentGetsStatusesIsHeldAndItsStaffActionPointsBecomeTasks() {
        ProcessInstance pi = called(MeetingKind.TBS);
        assertThat(pi).hasPassed("Gateway_FamilyGroupConference").isWaitingAt("Task_PrepareMeeting");
        engine.complete("cnord1", pi.getId(), "Task_PrepareMeeting", preparation("CONSENT"));
        MeetingView meeting = meetings.get(meetingId(pi));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(meeting.consent().basis()).isEqualTo(ConsentState.Basis.CONSENT);
        assertThat(outbox.lettersAbout(meeting.number())).as("invitations to all with an address").hasSize(3);
        assertThat(pi).isWaitingAt("Task_CollectStatuses");
        Task collect = engine.task(pi.getId(), "Task_CollectStatuses");
        assertThat(collect.getDueDate().toInstant()).isEqualTo(inTenDays().toInstant().minus(Duration.ofDays(2)));
        assertThat(processEngine.getTaskService().getVariableLocal(collect.getId(), "professionalOptions").toString())
                .contains("Fagperson 1 · Skole", "Fagperson 2 · Sundhedsplejen").doesNotContain("Lise", "Hanne", "Skovvejens");

        // The school's system sends its status; the health visitor's is still missing at the meeting.
        meetings.submitStatus(meeting.id(), participant(pi, "Lise Lærer"), "Fravær 12 dage.", organisation.user("skolesystem"),
                dk.trappen.casefile.AccessChannel.API);
        engine.complete("cnord1", pi.getId(), "Task_CollectStatuses", form("pii_note", "Sundhedsplejen har ikke svaret."));
        assertThat(meetings.get(meeting.id()).missingStatuses()).extracting(MeetingView.Participant::name)
                .containsExactly("Hanne Sundhedsplejerske");
        assertThat(pi).hasPassed("Gateway_ConferenceMeeting").isWaitingAt("Task_HoldMeeting");

        engine.complete("cnord1", pi.getId(), "Task_HoldMeeting", form("pii_minutes", "Familien fortalte om en hård vinter.",
                "pii_planForChild", "Anton kommer i skole.", "pii_planForParents", "Faste morgenrutiner.",
                "pii_whoDoesWhat", "Skolen ringer hjem om fredagen.",
                "pii_actionPoint1", "Find en kontaktperson", "pii_actionPoint1Owner", "cnord2",
                "pii_actionPoint1DueDate", LocalDate.now().plusDays(14).toString(),
                "pii_actionPoint2", "Hent Anton tirsdag", "pii_actionPoint2Owner", "Mormor Inge",
                "pii_actionPoint2DueDate", LocalDate.now().plusDays(7).toString()));
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("EndEvent_MeetingHeldInside", "Task_StartActionPoints", "EndEvent_MeetingHeld").isEnded();
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("meetingOutcome").singleResult().getValue()).isEqualTo("HELD");

        ProcessInstance actionPoint = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(NetworkMeetingProcess.ACTION_POINT_KEY).variableValueEquals("meetingId", meeting.id())
                .singleResult();
        assertThat(actionPoint).as("only the staff-owned action point becomes a task").isNotNull();
        actionPointCoverage.started(actionPoint.getId());
        Task task = engine.task(actionPoint.getId(), "Task_CarryOutActionPoint");
        assertThat(task.getAssignee()).isEqualTo("cnord2");
        assertThat(task.getDueDate().toInstant()).isEqualTo(LocalDate.now().plusDays(15).atStartOfDay(COPENHAGEN).toInstant());
        engine.complete("cnord2", actionPoint.getId(), "Task_CarryOutActionPoint", form("pii_note", "Kontaktperson fundet."));
        assertThat(actionPoint).isEnded();
        assertThat(meetings.get(meeting.id()).actionPoints()).filteredOn(MeetingView.ActionPoint::staffOwner)
                .singleElement().satisfies(point -> assertThat(point.doneAt()).isNotNull());
    }

    @Test
    void theChildsSupportPersonIsInvitedToTheCasesMeetings() {
        ProcessInstance childCase = new CaseScenarios(engine, concerns).fromIntake(LocalDate.of(2016, 9, 9),
                OffsetDateTime.now().minusHours(3));
        long caseId = ((Number) processEngine.getRuntimeService().getVariable(childCase.getId(), "caseId")).longValue();
        cases.recordSupportPerson(caseId, new dk.trappen.casefile.SupportPerson("Ole Bisidder", "ole@example.dk", "Træner"),
                organisation.user("cnord1"));
        ProcessInstance pi = called(childCase, MeetingKind.TBS);
        engine.complete("cnord1", pi.getId(), "Task_PrepareMeeting", preparation("NONE"));
        assertThat(meetings.get(meetingId(pi)).participants()).filteredOn(p -> p.kind() == ParticipantKind.SUPPORT_PERSON)
                .singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Ole Bisidder"));
        assertThat(outbox.lettersAbout(meetings.get(meetingId(pi)).number())).as("the support person is invited too")
                .hasSize(4);
    }

    @Test
    void withoutConsentTheMeetingIsHeldWithoutExchangeAndStatusesAreRefused() {
        ProcessInstance pi = called(MeetingKind.TUS);
        engine.complete("cnord1", pi.getId(), "Task_PrepareMeeting", preparation("NONE"));
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "dataExchange")).isEqualTo(false);
        Map<String, Object> status = form("statusParticipant1", String.valueOf(participant(pi, "Lise Lærer")),
                "pii_statusText1", "Fravær.");
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_CollectStatuses", status))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("der må ikke udveksles");
        engine.complete("cnord1", pi.getId(), "Task_CollectStatuses", form());
        engine.complete("cnord1", pi.getId(), "Task_HoldMeeting", form("pii_minutes", "Holdt uden udveksling."));
        engine.runDueJobs(pi.getId());
        assertThat(pi).isEnded();
        MeetingView held = meetings.get(meetingId(pi));
        assertThat(held.statuses()).isEmpty();
        assertThat(held.consent().exchangeAllowed()).isFalse();
    }

    @Test
    void theCaseworkerCanHoldAMeetingWithoutExchangeEvenWhereTheChildHasAConsentAndLaterConsentReachesTheProcess() {
        ProcessInstance childCase = new CaseScenarios(engine, concerns).fromIntake(LocalDate.of(2016, 9, 9),
                OffsetDateTime.now().minusHours(3));
        ProcessInstance first = called(childCase, MeetingKind.TBS);
        engine.complete("cnord1", first.getId(), "Task_PrepareMeeting", preparation("CONSENT"));
        assertThat(processEngine.getRuntimeService().getVariable(first.getId(), "caseNumber")).isEqualTo(childCase.getBusinessKey());

        ProcessInstance second = called(childCase, MeetingKind.FOLLOW_UP_MEETING);
        engine.complete("cnord1", second.getId(), "Task_PrepareMeeting", preparation("NONE"));
        assertThat(processEngine.getRuntimeService().getVariable(second.getId(), "dataExchange")).isEqualTo(false);
        assertThat(meetings.consentState(meetingId(second)).basis()).isEqualTo(ConsentState.Basis.NONE);
        assertThat(meetings.consentState(meetingId(first)).basis()).as("the child's consent still holds elsewhere")
                .isEqualTo(ConsentState.Basis.CONSENT);

        meetingProcesses.withdrawConsent(meetingId(first), "Trukket tilbage i telefonen.", organisation.user("cnord1"));
        assertThat(processEngine.getRuntimeService().getVariable(first.getId(), "dataExchange"))
                .as("the running meeting's forms know at once").isEqualTo(false);
        meetingProcesses.recordConsent(meetingId(first), new ConsentInput("Nyt samtykke til skolen.", LocalDate.now(),
                "Mor", LocalDate.now().plusMonths(3)), organisation.user("cnord1"));
        assertThat(processEngine.getRuntimeService().getVariable(first.getId(), "dataExchange")).isEqualTo(true);
    }

    @Test
    void aWithdrawnConsentStopsExchangeFromThatMoment() {
        ProcessInstance pi = called(MeetingKind.STATUS_MEETING);
        engine.complete("cnord1", pi.getId(), "Task_PrepareMeeting", preparation("CONSENT"));
        long meeting = meetingId(pi);
        meetings.withdrawConsent(meeting, "Forældrene ønsker ikke længere udveksling.", organisation.user("cnord1"));
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_CollectStatuses",
                form("statusParticipant1", String.valueOf(participant(pi, "Lise Lærer")), "pii_statusText1", "Fravær.")))
                .rootCause().hasMessageContaining("der må ikke udveksles");
        assertThat(meetings.get(meeting).consent().consent().withdrawnAt()).isNotNull();
    }

    @Test
    void aMovedMeetingCollectsStatusesAgainForTheNewDate() {
        ProcessInstance pi = called(MeetingKind.FOLLOW_UP_MEETING);
        Map<String, Object> onLegalBasis = preparation("LEGAL_BASIS");
        onLegalBasis.put("pii_legalBasis", "Barnets lov § 20: oplysninger til den børnefaglige undersøgelse");
        engine.complete("cnord1", pi.getId(), "Task_PrepareMeeting", onLegalBasis);
        assertThat(meetings.get(meetingId(pi)).consent().basis()).isEqualTo(ConsentState.Basis.LEGAL_BASIS);
        engine.complete("cnord1", pi.getId(), "Task_CollectStatuses", form());
        assertThat(pi).isWaitingAt("Task_HoldMeeting");
        OffsetDateTime later = inTenDays().plusDays(5);
        assertThatThrownBy(() -> meetingProcesses.reschedule(meetingId(pi), new Schedule(later, PlaceKind.HOME, null), null,
                organisation.user("cnord1"))).isInstanceOf(InvalidInputException.class);
        meetingProcesses.reschedule(meetingId(pi), new Schedule(later, PlaceKind.HOME, null), "Mor er syg.",
                organisation.user("cnord1"));
        assertThat(pi).hasPassed("BoundaryEvent_MeetingRescheduled").isWaitingAt("Task_CollectStatuses");
        assertThat(engine.task(pi.getId(), "Task_CollectStatuses").getDueDate().toInstant())
                .isEqualTo(later.toInstant().minus(Duration.ofDays(2)));
        assertThat(meetings.get(meetingId(pi)).notes()).extracting(MeetingView.Note::text).containsExactly("Mor er syg.");
    }

    @Test
    void aCancelledMeetingEndsWithOutcomeCancelled() {
        ProcessInstance pi = called(MeetingKind.PHASE_MEETING);
        engine.complete("cnord1", pi.getId(), "Task_PrepareMeeting", preparation("CONSENT"));
        meetingProcesses.cancel(meetingId(pi), "Familien er flyttet.", organisation.user("cnord1"));
        assertThat(pi).hasPassed("StartEvent_MeetingCancelled", "EndEvent_MeetingCancelled").isEnded();
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("meetingOutcome").singleResult().getValue()).isEqualTo("CANCELLED");
        assertThat(meetings.get(meetingId(pi)).status()).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void aMissedMeetingDateIsEscalatedToTheTeamLeader() {
        ProcessInstance pi = called(MeetingKind.TBS);
        engine.complete("cnord1", pi.getId(), "Task_PrepareMeeting", preparation("CONSENT"));
        engine.setClock(inTenDays().plusDays(1).plusHours(1).toInstant());
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("BoundaryEvent_MeetingMissed").isWaitingAt("Task_CollectStatuses", "Task_HandleMissedMeeting");
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(engine.task(pi.getId(), "Task_HandleMissedMeeting").getId()))
                .extracting(link -> link.getGroupId()).containsExactly("teamleaders-nord");
        engine.complete("lnord", pi.getId(), "Task_HandleMissedMeeting", form("pii_note", "Rådgiveren holder mødet i morgen."));
        assertThat(pi).hasPassed("EndEvent_MissedMeetingHandled").isWaitingAt("Task_CollectStatuses");
    }

    @Test
    void aFamilyGroupConferenceAgreesQuestionsAndTheCaseworkerApprovesTheFamilysPlan() {
        ProcessInstance pi = called(MeetingKind.FAMILY_GROUP_CONFERENCE);
        assertThat(pi).isWaitingAt("Task_AgreeQuestions");
        engine.complete("cnord1", pi.getId(), "Task_AgreeQuestions", form("pii_questions", "Hvordan sikrer I, at Anton kommer i skole?",
                "pii_coordinator", "Karen Koordinator"));
        engine.complete("cnord1", pi.getId(), "Task_PrepareMeeting", preparation("CONSENT"));
        engine.complete("cnord1", pi.getId(), "Task_CollectStatuses", form());
        assertThat(pi).isWaitingAt("Task_HoldConference");
        Map<String, Object> plan = form("familyPrivateTimeHeld", true, "pii_minutes", "Informationsrunde med skolen.",
                "pii_planForChild", "Anton vækkes af mormor.", "pii_planForParents", "Mor følger Anton i skole.",
                "pii_whoDoesWhat", "Mormor mandag–onsdag, mor torsdag–fredag.");
        engine.complete("cnord1", pi.getId(), "Task_HoldConference", plan);
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_ApproveFamilyPlan", form("familyPlanDecision", "REVISE")))
                .rootCause().hasMessageContaining("Begrundelse: skal udfyldes");
        engine.complete("cnord1", pi.getId(), "Task_ApproveFamilyPlan", form("familyPlanDecision", "REVISE",
                "pii_familyPlanReason", "Planen mangler, hvad der sker i ferierne."));
        assertThat(pi).hasPassed("Gateway_FamilyPlanApproved").isWaitingAt("Task_HoldConference");
        engine.complete("cnord1", pi.getId(), "Task_HoldConference", plan);
        engine.complete("cnord1", pi.getId(), "Task_ApproveFamilyPlan", form("familyPlanDecision", "APPROVED"));
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("EndEvent_MeetingHeld").isEnded();
        MeetingView held = meetings.get(meetingId(pi));
        assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(held.coordinator()).isEqualTo("Karen Koordinator");
        assertThat(held.notes()).extracting(MeetingView.Note::kind).containsExactly("FAMILY_PLAN_REVISION");
    }

    @Test
    void aDialogueMeetingAboutAConcernBeforeThereIsACase() {
        var concern = engine.as("intake", () -> concerns.register(dk.trappen.testsupport.Concerns.professional(
                dk.trappen.intake.ConcernLevel.DECLINING), null));
        Map<String, Object> in = new HashMap<>();
        in.put("concernId", concern.id());
        in.put("childId", processEngine.getRuntimeService().getVariable(concern.processInstanceId(), "childId"));
        in.put("teamId", "nord");
        in.put("caseworker", "cnord1");
        in.put("meetingKind", "DIALOGUE");
        in.put("dueDate", LocalDate.now().plusDays(14).toString());
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(NetworkMeetingProcess.KEY,
                concern.concernNumber(), in);
        coverage.started(pi.getId());
        assertThat(pi).isWaitingAt("Task_PrepareMeeting");
        MeetingView meeting = meetings.get(meetingId(pi));
        assertThat(meeting.kind()).isEqualTo(MeetingKind.DIALOGUE);
        assertThat(meeting.concernId()).isEqualTo(concern.id());
        assertThat(meeting.caseId()).isNull();
        assertThat(pi.getBusinessKey()).isEqualTo(concern.concernNumber());
    }

    @Test
    void aCaseworkerStartsAMeetingForACaseOfTheTeamFromTasklist() {
        ProcessInstance childCase = new CaseScenarios(engine, concerns).fromIntake(LocalDate.of(2018, 1, 1),
                OffsetDateTime.now().minusHours(3));
        String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(NetworkMeetingProcess.KEY).latestVersion().singleResult().getId();
        Map<String, Object> start = form("caseNumber", childCase.getBusinessKey(), "meetingKind", "TBS",
                "dueDate", LocalDate.now().plusDays(20).toString());
        assertThatThrownBy(() -> engine.as("csyd1", () -> processEngine.getFormService().submitStartForm(definition, start)))
                .hasMessageContaining("ingen sag med dette nummer i dit team");
        ProcessInstance pi = engine.as("cnord2", () -> processEngine.getFormService().submitStartForm(definition, start));
        coverage.started(pi.getId());
        assertThat(pi.getBusinessKey()).startsWith("MØDE-");
        assertThat(engine.task(pi.getId(), "Task_PrepareMeeting").getAssignee()).isEqualTo("cnord2");
        assertThat(meetings.get(meetingId(pi)).caseId()).isEqualTo(
                ((Number) processEngine.getRuntimeService().getVariable(childCase.getId(), "caseId")).longValue());
    }
}
