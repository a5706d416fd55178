package dk.trappen.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.intake.ConcernView.TriageView;
import dk.trappen.outbox.Outbox;
import dk.trappen.platform.InvalidInputException;
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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code bpmn/intake.bpmn}, on the real engine with the real services and database.
 * After the last test, every flow node of the model must have been passed by these tests.
 */
@TrappenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeProcessTest {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    dk.trappen.staircase.Measures measures;
    @Autowired
    dk.trappen.staircase.OfferCatalogue catalogue;
    @Autowired
    ConcernService concerns;
    @Autowired
    Outbox outbox;
    @Autowired
    dk.trappen.decisions.Decisions decisions;
    @Autowired
    dk.trappen.meetings.MeetingProcesses meetingProcesses;
    @Autowired
    dk.trappen.organisation.Organisation organisation;
    @Autowired
    dk.trappen.casefile.ChildCases childCases;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    dk.trappen.casefile.CaseloadProperties caseload;

    EngineDriver engine;
    final FlowNodeCoverage coverage = new FlowNodeCoverage(IntakeProcessTest.class, IntakeProcess.KEY);

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(processEngine);
        engine = new EngineDriver(processEngine);
    }

    @AfterEach
    void resetClock() {
        engine.resetClock();
        coverage.testEnded();
    }

    RegisteredConcern register(ConcernRegistration registration) {
        RegisteredConcern concern = engine.as("intake", () -> concerns.register(registration, null));
        coverage.started(concern.processInstanceId());
        return concern;
    }

    @AfterAll
    void everyFlowNodeOfTheModelIsCovered() {
        coverage.assertEveryFlowNodePassed(processEngine);
    }

    ProcessInstance instance(RegisteredConcern concern) {
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(concern.processInstanceId()).singleResult();
    }

    static Map<String, Object> assessment(boolean acute, ConcernLevel level, boolean bounded, boolean motivated) {
        Map<String, Object> form = new HashMap<>();
        form.put("acuteDanger", acute);
        form.put("concernLevel", level.name());
        form.put("boundedProblem", bounded);
        form.put("familyMotivated", motivated);
        form.put("pii_note", "Vurderet ud fra skolens oplysninger.");
        return form;
    }

    Object historicVariable(ProcessInstance pi, String name) {
        return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).singleResult().getValue();
    }

    static Map<String, Object> decision(Route route) {
        Map<String, Object> form = new HashMap<>();
        form.put("route", route.name());
        form.put("dialogueMeetingFirst", false);
        if (route == Route.INVESTIGATION) {
            // Opening an investigation is a decision (§ 20): its reasons and the custody holders' letter.
            form.put("pii_investigationReasons", "Skolen beskriver et barn i tiltagende mistrivsel; vi skal afdække hvorfor.");
            form.put("pii_custodyHolders", "Mor Testesen\nFar Testesen");
        }
        return form;
    }

    static Map<String, Object> note(String text) {
        return new HashMap<>(Map.of("pii_note", text));
    }

    ProcessInstance assessed(ConcernRegistration registration, boolean acute, ConcernLevel level, boolean bounded,
                             boolean motivated) {
        RegisteredConcern concern = register(registration);
        engine.complete("intake", concern.processInstanceId(), "Task_AssessConcern",
                assessment(acute, level, bounded, motivated));
        return instance(concern);
    }

    @Test
    void severeConcernOpensACaseAndAnInvestigationDueFourMonthsAfterReceipt() {
        OffsetDateTime received = OffsetDateTime.parse("2026-03-10T09:00:00+01:00");
        engine.setClock(received.toInstant().plus(Duration.ofHours(1)));
        var registration = Concerns.professional(Concerns.newCpr(LocalDate.of(2016, 2, 3)), "Alma Test",
                LocalDate.of(2016, 2, 3), received, ConcernLevel.SEVERE, false);
        RegisteredConcern concern = register(registration);
        ProcessInstance pi = instance(concern);
        assertThat(pi).isWaitingAt("Task_AssessConcern", "Task_SendAcknowledgement");
        assertThat(pi.getBusinessKey()).isEqualTo(concern.concernNumber());

        engine.complete("intake", pi.getId(), "Task_AssessConcern", assessment(false, ConcernLevel.SEVERE, false, false));
        assertThat(pi).hasPassed("EndEvent_NoChildConversation").isWaitingAt("Task_DecideRoute");
        assertThat(pi).variables().containsEntry("proposedRoute", "INVESTIGATION").containsEntry("route", "INVESTIGATION");

        engine.complete("cnord1", pi.getId(), "Task_DecideRoute", decision(Route.INVESTIGATION));
        assertThat(pi).isWaitingAt("Task_OpenCase");
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("EndEvent_InvestigationStarted").isWaitingAt("Task_SendAcknowledgement");
        assertThat(pi).variables().containsKeys("caseId", "caseNumber");

        // The investigation is the first task of the child's case, not of intake.
        ProcessInstance childCase = childCaseOf(pi);
        assertThat(childCase).isWaitingAt("Task_Investigate");
        Task investigation = engine.task(childCase.getId(), "Task_Investigate");
        assertThat(investigation.getDueDate().toInstant())
                .isEqualTo(received.atZoneSameInstant(COPENHAGEN).plusMonths(4).toInstant());
        assertThat(investigation.getAssignee()).as("the caseworker who routed it owns the case").isEqualTo("cnord1");

        engine.complete("intake", pi.getId(), "Task_SendAcknowledgement",
                Map.of("pii_acknowledgementText", "Tak for din underretning."));
        assertThat(pi).hasPassed("EndEvent_AcknowledgementSent").isEnded();

        ConcernView view = engine.as("cnord1", () -> concerns.view(concern.id(), AccessChannel.API));
        assertThat(view.status()).isEqualTo(ConcernStatus.CASE_OPENED);
        assertThat(view.caseNumber()).startsWith("SAG-");
        assertThat(view.acknowledgedAt()).isNotNull();
        assertThat(outbox.lettersAbout(concern.concernNumber())).singleElement()
                .satisfies(letter -> assertThat(letter.recipient()).isEqualTo("kontor@skovvejen.example"));

        // Routing to an investigation is a decision (§ 20), recorded on the case with a letter to each custody holder.
        long caseId = ((Number) historicVariable(pi, "caseId")).longValue();
        assertThat(decisions.decisionsOfCase(caseId)).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(dk.trappen.decisions.DecisionKind.INVESTIGATION_OPENED);
            assertThat(decision.legalBasis()).isEqualTo("Barnets lov § 20, § 22");
            assertThat(decision.decidedBy()).isEqualTo("cnord1");
            assertThat(decision.reasons()).startsWith("Skolen beskriver");
            assertThat(decision.childHeard().reason()).contains("børnefaglige undersøgelse");
            assertThat(decision.letterIds()).as("both custody holders and Alma, a party at 10 (§ 3)").hasSize(3);
        });
    }

    @Test
    void anInvestigationIsNotDecidedWithoutItsReasonsAndTheCustodyHolders() {
        var concern = register(Concerns.professional(Concerns.newCpr(LocalDate.of(2016, 4, 4)), "Ida Test",
                LocalDate.of(2016, 4, 4), OffsetDateTime.now().minusHours(1), ConcernLevel.SEVERE, false));
        ProcessInstance pi = instance(concern);
        engine.complete("intake", pi.getId(), "Task_AssessConcern", assessment(false, ConcernLevel.SEVERE, false, false));
        Map<String, Object> bare = new HashMap<>(Map.of("route", "INVESTIGATION", "dialogueMeetingFirst", false));
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_DecideRoute", bare))
                .hasRootCauseInstanceOf(dk.trappen.platform.InvalidInputException.class).rootCause()
                .hasMessageContaining("Begrundelse for den børnefaglige undersøgelse")
                .hasMessageContaining("Forældremyndighedens indehavere");
        assertThat(pi).isWaitingAt("Task_DecideRoute");
    }

    @Test
    void aSchoolInRegularContactWithTheChildIsToldWithinThreeMonthsWhatTheConcernLedTo() {
        OffsetDateTime received = OffsetDateTime.now().minusHours(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        RegisteredConcern concern = register(Concerns.professional(Concerns.newCpr(LocalDate.of(2015, 5, 5)), "Frida Test",
                LocalDate.of(2015, 5, 5), received, ConcernLevel.SEVERE, false));
        ProcessInstance pi = instance(concern);
        engine.complete("intake", pi.getId(), "Task_AssessConcern", assessment(false, ConcernLevel.SEVERE, false, false));
        engine.complete("cnord1", pi.getId(), "Task_DecideRoute", decision(Route.INVESTIGATION));
        engine.runDueJobs(pi.getId());
        engine.complete("intake", pi.getId(), "Task_SendAcknowledgement", Map.of("pii_acknowledgementText",
                "Tak for din underretning.", "regularContact", true));
        assertThat(pi).hasPassed("Gateway_RegularContact").isWaitingAt("IntermediateCatchEvent_FeedbackSoon");

        java.time.Instant due = received.atZoneSameInstant(COPENHAGEN).plusMonths(3).toInstant();
        engine.setClock(due.minus(Duration.ofDays(15)));
        engine.runDueJobs(pi.getId());
        assertThat(pi).as("not before two weeks ahead").isWaitingAt("IntermediateCatchEvent_FeedbackSoon");
        engine.setClock(due.minus(Duration.ofDays(13)));
        engine.runDueJobs(pi.getId());
        Task feedback = engine.task(pi.getId(), "Task_GiveFeedback");
        assertThat(feedback.getDueDate().toInstant()).isEqualTo(due);
        assertThat(processEngine.getTaskService().getVariableLocal(feedback.getId(), "feedbackStatus"))
                .isEqualTo("Underretningen har ført til, at kommunen har iværksat en børnefaglig undersøgelse.");
        assertThatThrownBy(() -> engine.complete("intake", pi.getId(), "Task_GiveFeedback", Map.of("pii_feedbackText", " ")))
                .hasRootCauseInstanceOf(dk.trappen.platform.InvalidInputException.class).rootCause()
                .hasMessageContaining("Tilbagemeldingens tekst");
        engine.complete("intake", pi.getId(), "Task_GiveFeedback", Map.of("pii_feedbackText",
                "Vi har modtaget din underretning om Frida, og kommunen har iværksat en børnefaglig undersøgelse."));
        assertThat(pi).hasPassed("EndEvent_FeedbackGiven").isEnded();
        assertThat(outbox.lettersAbout(concern.concernNumber())).extracting(letter -> letter.kind())
                .containsExactly("ACKNOWLEDGEMENT", "EXTENDED_FEEDBACK");
    }

    @Test
    void generalWellbeingIsClosedWithTheAdviceGivenAndNoAcknowledgementForACitizen() {
        var concern = register(Concerns.citizen("Bo Test", LocalDate.of(2019, 6, 1), OffsetDateTime.now().minusHours(2),
                ConcernLevel.GENERAL_WELLBEING));
        ProcessInstance pi = instance(concern);
        assertThat(pi).hasPassed("EndEvent_NoAcknowledgement").isWaitingAt("Task_AssessConcern");
        engine.complete("intake", pi.getId(), "Task_AssessConcern",
                assessment(false, ConcernLevel.GENERAL_WELLBEING, false, false));
        assertThat(pi).variables().containsEntry("proposedRoute", "NO_FURTHER_ACTION");

        Map<String, Object> close = decision(Route.NO_FURTHER_ACTION);
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_DecideRoute", close))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("Rådgivning givet: skal udfyldes");
        close.put("pii_adviceGiven", "Naboen er rådgivet om at kontakte os igen ved nye hændelser.");
        engine.complete("cnord1", pi.getId(), "Task_DecideRoute", close);
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("Task_CloseConcern", "EndEvent_ConcernClosed").isEnded();
        ConcernView view = engine.as("cnord1", () -> concerns.view(concern.id(), AccessChannel.API));
        assertThat(view.status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(view.notes()).extracting(ConcernView.NoteView::kind).contains(NoteKind.ASSESSMENT, NoteKind.ADVICE);
    }

    @Test
    void boundedProblemWithAMotivatedFamilyIsReferredToEarlyPrevention() {
        ProcessInstance pi = assessed(Concerns.professional(ConcernLevel.DECLINING), false, ConcernLevel.DECLINING, true, true);
        assertThat(pi).variables().containsEntry("proposedRoute", "EARLY_PREVENTION");
        engine.complete("cnord1", pi.getId(), "Task_DecideRoute", decision(Route.EARLY_PREVENTION));
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("Task_ReferToPrevention", "EndEvent_ReferredToPrevention").isWaitingAt("Task_SendAcknowledgement");
        long concernId = (Long) processEngine.getRuntimeService().getVariable(pi.getId(), "concernId");
        ProcessInstance prevention = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("earlyPrevention").variableValueEquals("concernId", concernId).singleResult();
        assertThat(prevention).as("the unit's process started for the concern").isNotNull();
        assertThat(prevention.getBusinessKey()).startsWith("FOR-");
        assertThat(engine.as("prevention", () -> concerns.view(concernId, AccessChannel.TASK)).route())
                .as("the unit reads the concerns referred to it").isEqualTo(Route.EARLY_PREVENTION);
    }

    @Test
    void clarificationTriagesAgainWithTheRevisedFacts() {
        ProcessInstance pi = assessed(Concerns.professional(ConcernLevel.DECLINING), false, ConcernLevel.DECLINING, false, false);
        assertThat(pi).variables().containsEntry("proposedRoute", "CLARIFICATION");
        engine.complete("cnord1", pi.getId(), "Task_DecideRoute", decision(Route.CLARIFICATION));
        assertThat(pi).isWaitingAt("Task_Clarify");

        Map<String, Object> clarified = assessment(false, ConcernLevel.DECLINING, true, true);
        clarified.remove("acuteDanger");
        clarified.put("pii_note", "Samtale med forældrene: problemet er afgrænset, og de vil gerne have hjælp.");
        engine.complete("cnord1", pi.getId(), "Task_Clarify", clarified);
        assertThat(pi).isWaitingAt("Task_DecideRoute");
        assertThat(pi).variables().containsEntry("proposedRoute", "EARLY_PREVENTION").containsEntry("route", "EARLY_PREVENTION");
    }

    @Test
    void anAfdaekningThatFindsSupportEnoughOpensTheCaseAtThePlanWithoutAnInvestigation() {
        ProcessInstance pi = assessed(Concerns.professional(ConcernLevel.DECLINING), false, ConcernLevel.DECLINING, false, false);
        engine.complete("cnord1", pi.getId(), "Task_DecideRoute", decision(Route.CLARIFICATION));
        long concernId = (Long) processEngine.getRuntimeService().getVariable(pi.getId(), "concernId");
        Map<String, Object> clarified = assessment(false, ConcernLevel.ILL_BEING, false, true);
        clarified.remove("acuteDanger");
        clarified.put("pii_note", "Hjemmebesøg: mor er nedslidt; praktisk støtte i hjemmet vil række.");
        clarified.put("supportAfterClarification", true);

        // Abuse always needs an investigation (§ 20 stk. 1 nr. 2): refused, nothing changes.
        jdbc.update("update concern set concerns_abuse = true where id = ?", concernId);
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_Clarify", clarified))
                .hasRootCauseInstanceOf(dk.trappen.platform.InvalidInputException.class).rootCause()
                .hasMessageContaining("Afdækningen viser, at støtte efter § 32 er nok: en underretning om overgreb");
        assertThat(pi).isWaitingAt("Task_Clarify");
        jdbc.update("update concern set concerns_abuse = false where id = ?", concernId);

        engine.complete("cnord1", pi.getId(), "Task_Clarify", clarified);
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("Gateway_SupportAfterClarification", "Task_OpenCase", "EndEvent_InvestigationStarted");
        ProcessInstance childCase = childCaseOf(pi);
        assertThat(childCase).hasPassed("StartEvent_InvestigationRequested", "Gateway_InvestigationNeeded")
                .hasNotPassed("Task_Investigate").isWaitingAt("Task_WritePlan");
        assertThat(engine.task(childCase.getId(), "Task_WritePlan").getAssignee()).isEqualTo("cnord1");
        assertThat(processEngine.getRuntimeService().getVariables(childCase.getId()).keySet()).noneMatch(name -> name.startsWith("pii_"));
    }

    @Test
    void aDialogueMeetingComesBeforeTheDecisionWhenTheCaseworkerAsksForIt() {
        ProcessInstance pi = assessed(Concerns.professional(ConcernLevel.ILL_BEING), false, ConcernLevel.ILL_BEING, false, false);
        Map<String, Object> meetingFirst = decision(Route.INVESTIGATION);
        meetingFirst.put("dialogueMeetingFirst", true);
        engine.complete("cnord1", pi.getId(), "Task_DecideRoute", meetingFirst);
        assertThat(pi).isWaitingAt("CallActivity_DialogueMeeting");

        // The dialogue meeting is the reusable network meeting, of kind DIALOGUE, run by the caseworker.
        ProcessInstance meeting = processEngine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(pi.getId()).singleResult();
        assertThat(meeting.getBusinessKey()).isEqualTo(pi.getBusinessKey());
        assertThat(meeting).isWaitingAt("Task_PrepareMeeting");
        assertThat(engine.task(meeting.getId(), "Task_PrepareMeeting").getAssignee()).isEqualTo("cnord1");
        assertThat(processEngine.getRuntimeService().getVariable(meeting.getId(), "meetingKind")).isEqualTo("DIALOGUE");
        long meetingId = ((Number) processEngine.getRuntimeService().getVariable(meeting.getId(), "meetingId")).longValue();
        meetingProcesses.cancel(meetingId, "Forældrene ønsker i stedet en samtale med rådgiveren alene.",
                organisation.user("cnord1"));
        assertThat(pi).isWaitingAt("Task_HoldDialogueMeeting");
        assertThat(pi).variables().containsEntry("dialogueMeetingOutcome", "CANCELLED").containsEntry("dialogueMeetingId", meetingId);

        Map<String, Object> minutes = assessment(false, ConcernLevel.ILL_BEING, true, true);
        minutes.remove("acuteDanger");
        minutes.put("pii_note", "Forældre og lærer mødtes; forældrene tager imod hjælp.");
        engine.complete("cnord1", pi.getId(), "Task_HoldDialogueMeeting", minutes);
        assertThat(pi).isWaitingAt("Task_DecideRoute");
        assertThat(pi).variables().containsEntry("proposedRoute", "EARLY_PREVENTION").containsEntry("dialogueMeetingFirst", false);
    }

    @Test
    void acuteDangerGoesStraightToTheTeamLeaderAndCaseworkerAndThenToAnInvestigation() {
        ProcessInstance pi = assessed(Concerns.professional(ConcernLevel.SEVERE), true, ConcernLevel.SEVERE, false, false);
        assertThat(pi).hasPassed("Gateway_MergeAcute").isWaitingAt("Task_ActAcutely");
        Task acute = engine.task(pi.getId(), "Task_ActAcutely");
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(acute.getId()))
                .extracting(link -> link.getGroupId()).contains("team-nord", "teamleaders-nord");
        assertThat(acute.getDueDate()).isNotNull();
        Map<String, Object> acted = note("Barnet er i sikkerhed hos mormor, politiet er orienteret.");
        assertThatThrownBy(() -> engine.complete("lnord", pi.getId(), "Task_ActAcutely", acted))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("Hvad blev der gjort?: skal udfyldes");
        acted.put("acuteAction", "OTHER");
        engine.complete("lnord", pi.getId(), "Task_ActAcutely", acted);
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("Task_OpenCase", "EndEvent_InvestigationStarted").isWaitingAt("Task_SendAcknowledgement");
        assertThat(childCaseOf(pi)).isWaitingAt("Task_Investigate");
    }

    @Test
    void anAcutePlacementIsAMeasureFromDayOneWithItsFollowUpsAndTheInvestigationBesideIt() {
        OffsetDateTime received = OffsetDateTime.now().minusHours(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        LocalDate born = LocalDate.of(2015, 8, 8);
        dk.trappen.staircase.Offer foster = organisation.runAs("owner", () -> catalogue.create(new dk.trappen.staircase.OfferInput(
                "Akutplejefamilie (test)", null, dk.trappen.staircase.MeasureKind.FOSTER_CARE, 5, 0, 17, 26, true)));
        dk.trappen.staircase.Offer notAPlacement = organisation.runAs("owner", () -> catalogue.create(
                new dk.trappen.staircase.OfferInput("Familiebehandling (akuttest)", null,
                        dk.trappen.staircase.MeasureKind.FAMILY_TREATMENT, 2, 0, 17, 16, true)));
        ProcessInstance pi = assessed(Concerns.professional(Concerns.newCpr(born), "Akut Testbarn", born, received,
                ConcernLevel.SEVERE, false), true, ConcernLevel.SEVERE, false, false);
        Task acute = engine.task(pi.getId(), "Task_ActAcutely");
        String options = processEngine.getTaskService().getVariableLocal(acute.getId(), "offerOptions").toString();
        assertThat(options).as("placement offers only").contains("Trin 5 · Akutplejefamilie (test)").doesNotContain("Familiebehandling (akuttest)");

        Map<String, Object> placed = note("Barnet er anbragt i akutplejefamilie efter samtale med politiet.");
        placed.putAll(Map.of("acuteAction", "PLACEMENT", "offerId", String.valueOf(notAPlacement.id()),
                "pii_placementStartDate", LocalDate.now().plusDays(5).toString()));
        assertThatThrownBy(() -> engine.complete("lnord", pi.getId(), "Task_ActAcutely", placed))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Anbringelsessted: er ikke et anbringelsestilbud")
                .hasMessageContaining("Anbragt fra: en akut anbringelse sker nu");
        placed.put("offerId", String.valueOf(foster.id()));
        placed.put("pii_placementStartDate", LocalDate.now().toString());
        engine.complete("lnord", pi.getId(), "Task_ActAcutely", placed);
        engine.runDueJobs(pi.getId());

        ProcessInstance childCase = childCaseOf(pi);
        assertThat(childCase).as("the investigation runs beside the placement").isWaitingAt("Task_Investigate");
        assertThat(engine.task(childCase.getId(), "Task_Investigate").getDueDate().toInstant())
                .as("due 4 months from the concern").isEqualTo(received.atZoneSameInstant(COPENHAGEN).plusMonths(4).toInstant());
        long caseId = ((Number) processEngine.getRuntimeService().getVariable(childCase.getId(), "caseId")).longValue();
        var placement = measures.ofCase(caseId).get(0);
        assertThat(placement.status()).isEqualTo(dk.trappen.staircase.MeasureStatus.GRANTED);
        assertThat(placement.staircaseStep()).isEqualTo(5);
        assertThat(placement.legalBasis()).contains("§ 46").contains("akut");
        long childId = ((Number) processEngine.getRuntimeService().getVariable(childCase.getId(), "childId")).longValue();
        assertThat(measures.currentStep(childId)).as("on the staircase from day one").isEqualTo(5);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("followUp")
                .variableValueEquals("measureId", placement.id()).count()).as("follow-ups and visits from day one").isEqualTo(1);
        assertThat(processEngine.getRuntimeService().getVariable(childCase.getId(), "replacedMeasureId"))
                .as("the first measure granted after the investigation replaces it").isEqualTo(placement.id());
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableNameLike("pii_%").count()).isZero();
    }

    ProcessInstance childCaseOf(ProcessInstance intake) {
        String caseNumber = (String) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(intake.getId()).variableName("caseNumber").singleResult().getValue();
        ProcessInstance childCase = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("childCase").processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(childCase).as("childCase instance of " + caseNumber).isNotNull();
        return childCase;
    }

    @Test
    void theCaseworkerMayChooseAnotherRouteOnlyWithAReasonAndBothAreRecorded() {
        ProcessInstance pi = assessed(Concerns.professional(ConcernLevel.ILL_BEING), false, ConcernLevel.ILL_BEING, false, false);
        long concernId = (Long) processEngine.getRuntimeService().getVariable(pi.getId(), "concernId");
        Map<String, Object> override = decision(Route.EARLY_PREVENTION);
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_DecideRoute", override))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("Begrundelse for at vælge en anden rute: skal udfyldes");
        assertThat(pi).isWaitingAt("Task_DecideRoute");

        override.put("pii_routeReason", "Familien har selv bedt om hjælp, og skolen støtter op.");
        engine.complete("cnord1", pi.getId(), "Task_DecideRoute", override);
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("EndEvent_ReferredToPrevention").isWaitingAt("Task_SendAcknowledgement");
        TriageView triage = engine.as("cnord1", () -> concerns.view(concernId, AccessChannel.API)).triage().get(0);
        assertThat(triage.proposedRoute()).isEqualTo(Route.INVESTIGATION);
        assertThat(triage.chosenRoute()).isEqualTo(Route.EARLY_PREVENTION);
        assertThat(triage.reason()).contains("selv bedt om hjælp");
        assertThat(triage.decidedBy()).isEqualTo("cnord1");
    }

    @Test
    void theCaseworkerMayEscalateToAcuteActionWithAReason() {
        ProcessInstance pi = assessed(Concerns.professional(ConcernLevel.ILL_BEING), false, ConcernLevel.ILL_BEING, true, true);
        Map<String, Object> acute = decision(Route.ACUTE_ACTION);
        acute.put("pii_routeReason", "Moren ringede i går: barnet er alene hjemme i flere dage.");
        engine.complete("cnord1", pi.getId(), "Task_DecideRoute", acute);
        assertThat(pi).hasPassed("Gateway_MergeAcute").isWaitingAt("Task_ActAcutely");
    }

    @Test
    void aConcernAboutAbuseRequiresAConversationWithTheChild() {
        LocalDate born = LocalDate.of(2016, 9, 9);
        var registration = Concerns.professional(Concerns.newCpr(born), "Carl Test", born, OffsetDateTime.now().minusHours(1),
                ConcernLevel.SEVERE, true);
        ProcessInstance pi = assessed(registration, false, ConcernLevel.SEVERE, false, false);
        assertThat(pi).isWaitingAt("Task_ChildConversation", "Task_DecideRoute", "Task_SendAcknowledgement");
        engine.complete("cnord1", pi.getId(), "Task_ChildConversation", note("Barnet fortalte selv om episoden."));
        assertThat(pi).hasPassed("EndEvent_ChildHeard");
    }

    @Test
    void abuseLearntAfterRegistrationIsMarkedAtTheAssessmentAndAlwaysInvestigatedWithTheChildrensHouse() {
        // Issue 16, point 1 (Barnets lov § 20 stk. 1 nr. 2): the school tells more on the phone.
        LocalDate born = LocalDate.of(2015, 10, 3);
        var concern = register(Concerns.professional(Concerns.newCpr(born), "Ella Test", born,
                OffsetDateTime.now().minusHours(1), ConcernLevel.DECLINING, false));
        Map<String, Object> form = assessment(false, ConcernLevel.DECLINING, true, true);
        form.put("concernsAbuse", true);
        engine.complete("intake", concern.processInstanceId(), "Task_AssessConcern", form);
        ProcessInstance pi = instance(concern);
        assertThat(pi).hasPassed("Task_TriageConcern")
                .isWaitingAt("Task_ChildConversation", "Task_DecideRoute");
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "proposedRoute"))
                .as("bounded and motivated, yet abuse: investigation").isEqualTo("INVESTIGATION");
        assertThat(engine.as("intake", () -> concerns.view(concern.id(), AccessChannel.API)).concernsAbuse()).isTrue();

        // Nobody chooses less: not early prevention, not a clarification, not a dialogue meeting first.
        for (Route route : new Route[] {Route.EARLY_PREVENTION, Route.CLARIFICATION, Route.NO_FURTHER_ACTION}) {
            Map<String, Object> choice = decision(route);
            choice.put("pii_routeReason", "Familien er motiveret.");
            choice.put("pii_adviceGiven", "Råd givet.");
            assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_DecideRoute", choice))
                    .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                    .hasMessageContaining("§ 20 stk. 1 nr. 2");
        }
        Map<String, Object> dialogue = decision(Route.INVESTIGATION);
        dialogue.put("dialogueMeetingFirst", true);
        assertThatThrownBy(() -> engine.complete("cnord1", pi.getId(), "Task_DecideRoute", dialogue))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Hold først dialogmøde");

        engine.complete("cnord1", pi.getId(), "Task_DecideRoute", decision(Route.INVESTIGATION));
        engine.runDueJobs(pi.getId());
        assertThat(pi).hasPassed("Task_OpenCase", "EndEvent_InvestigationStarted");
        long caseId = ((Number) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName("caseId").singleResult().getValue()).longValue();
        assertThat(childCases.notes(caseId)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(dk.trappen.casefile.CaseNoteKind.CHILDRENS_HOUSE);
            assertThat(n.text()).contains("børnehuset", "§ 124");
        });
        engine.complete("cnord1", pi.getId(), "Task_ChildConversation", note("Barnet fortalte selv om episoden."));
        assertThat(pi).hasPassed("EndEvent_ChildHeard");
    }

    @Test
    void aCaseworkerAtTheMaximumDoesNotBecomeTheCasesCaseworkerByRoutingItGoesToTheTeamAndTheLeaderDistributesIt() {
        // Issue 16, point 9: the caseload maximum (trappen.caseload.max) holds when routing too.
        long open = jdbc.queryForObject("select count(*) from child_case where caseworker = 'cnord2' and status = 'OPEN'", Long.class);
        LocalDate born = LocalDate.of(2018, 1, 17);
        var concern = register(Concerns.professional(Concerns.newCpr(born), "Gustav Test", born,
                OffsetDateTime.now().minusHours(1), ConcernLevel.SEVERE, false));
        // Fill cnord2 up to the maximum with cases of another child (the table has no one-open-case rule).
        LocalDate otherBorn = LocalDate.of(2013, 2, 2);
        var other = register(Concerns.professional(Concerns.newCpr(otherBorn), "Fyld Test", otherBorn,
                OffsetDateTime.now().minusHours(1), ConcernLevel.DECLINING, false));
        long otherChild = ((Number) processEngine.getRuntimeService().getVariable(other.processInstanceId(), "childId")).longValue();
        for (long i = open; i < caseload.max(); i++) {
            jdbc.update("insert into child_case (id, child_id, team_id, status, opened_at, opened_by, caseworker) "
                    + "values (?, ?, 'nord', 'OPEN', current_timestamp, 'cnord2', 'cnord2')", 980_000_000L + i, otherChild);
        }
        try {
            engine.complete("intake", concern.processInstanceId(), "Task_AssessConcern",
                    assessment(false, ConcernLevel.SEVERE, false, false));
            ProcessInstance pi = instance(concern);
            engine.complete("cnord2", pi.getId(), "Task_DecideRoute", decision(Route.INVESTIGATION));
            engine.runDueJobs(pi.getId());
            assertThat(pi).hasPassed("Task_OpenCase", "Gateway_CaseloadFull", "Gateway_CaseToTeam", "EndEvent_InvestigationStarted")
                    .isWaitingAt("Task_DistributeCase");
            Task distribute = engine.task(pi.getId(), "Task_DistributeCase");
            assertThat(processEngine.getTaskService().getIdentityLinksForTask(distribute.getId()))
                    .extracting(link -> link.getGroupId()).containsExactly("teamleaders-nord");
            long caseId = ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "caseId")).longValue();
            assertThat(childCases.notes(caseId)).extracting(n -> n.kind()).contains(dk.trappen.casefile.CaseNoteKind.CASE_TO_TEAM);

            // The investigation runs at once, offered to the team with no caseworker.
            String caseNumber = (String) processEngine.getRuntimeService().getVariable(pi.getId(), "caseNumber");
            Task investigation = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                    .taskDefinitionKey("Task_Investigate").singleResult();
            assertThat(investigation.getAssignee()).isNull();

            Map<String, Object> nobody = new HashMap<>(Map.of("assignedCaseworker", "csyd1"));
            assertThatThrownBy(() -> engine.complete("lnord", pi.getId(), "Task_DistributeCase", nobody))
                    .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                    .hasMessageContaining("Ansvarlig rådgiver");
            engine.complete("lnord", pi.getId(), "Task_DistributeCase", new HashMap<>(Map.of("assignedCaseworker", "cnord1")));
            assertThat(pi).hasPassed("EndEvent_CaseDistributed");
            assertThat(processEngine.getTaskService().createTaskQuery().taskId(investigation.getId()).singleResult().getAssignee())
                    .isEqualTo("cnord1");
        } finally {
            jdbc.update("delete from case_note where case_id >= 980000000 and case_id < 990000000");
            jdbc.update("delete from child_case where id >= 980000000 and id < 990000000");
        }
    }

    @Test
    void aConcernRegisteredAsAbuseCannotBeUnmarkedAtTheAssessment() {
        LocalDate born = LocalDate.of(2014, 6, 21);
        var concern = register(Concerns.professional(Concerns.newCpr(born), "Frida Test", born,
                OffsetDateTime.now().minusHours(1), ConcernLevel.ILL_BEING, true));
        Map<String, Object> form = assessment(false, ConcernLevel.ILL_BEING, true, true);
        form.put("concernsAbuse", false);
        assertThatThrownBy(() -> engine.complete("intake", concern.processInstanceId(), "Task_AssessConcern", form))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("Underretningen vedrører overgreb");
    }

    @Test
    void anUnassessedConcernIsEscalatedToTheTeamLeaderAfter24Hours() {
        Instant received = Instant.parse("2026-05-04T08:00:00Z");
        engine.setClock(received.plus(Duration.ofMinutes(30)));
        LocalDate born = LocalDate.of(2017, 1, 20);
        var concern = register(Concerns.professional(Concerns.newCpr(born), "Dina Test", born,
                received.atZone(COPENHAGEN).toOffsetDateTime(), ConcernLevel.ILL_BEING, false));
        ProcessInstance pi = instance(concern);
        assertThat(concern.assessmentDueAt()).isEqualTo(received.plus(Duration.ofHours(24)));
        assertThat(engine.task(pi.getId(), "Task_AssessConcern").getDueDate().toInstant()).isEqualTo(concern.assessmentDueAt());

        engine.setClock(received.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(59)));
        engine.runDueJobs(pi.getId());
        assertThat(pi).isNotWaitingAt("Task_HandleLateAssessment");

        engine.setClock(received.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
        engine.runDueJobs(pi.getId());
        assertThat(pi).isWaitingAt("Task_AssessConcern", "Task_HandleLateAssessment");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_HandleLateAssessment").taskCandidateGroup("teamleaders-nord").count()).isEqualTo(1);
        engine.complete("lnord", pi.getId(), "Task_HandleLateAssessment", note("Sagen er fordelt til vurdering nu."));
        assertThat(pi).hasPassed("EndEvent_LateAssessmentHandled").isWaitingAt("Task_AssessConcern");
    }

    @Test
    void theAcknowledgementIsDueOnTheSixthWorkingDayAcrossEasterAndEscalatedAfterIt() {
        // Maundy Thursday 2026: Thursday, Good Friday and Easter Monday are holidays, so the
        // six working days are 7, 8, 9, 10, 13 and 14 April.
        OffsetDateTime received = OffsetDateTime.parse("2026-04-02T10:00:00+02:00");
        engine.setClock(received.toInstant().plus(Duration.ofMinutes(5)));
        LocalDate born = LocalDate.of(2017, 11, 30);
        var concern = register(Concerns.professional(Concerns.newCpr(born), "Emil Test", born, received,
                ConcernLevel.DECLINING, false));
        assertThat(concern.acknowledgementDueDate()).isEqualTo(LocalDate.of(2026, 4, 14));
        ProcessInstance pi = instance(concern);
        assertThat(engine.task(pi.getId(), "Task_SendAcknowledgement").getDueDate().toInstant().atZone(COPENHAGEN)
                .toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 14));

        engine.setClock(OffsetDateTime.parse("2026-04-14T23:00:00+02:00").toInstant());
        engine.runDueJobs(pi.getId());
        assertThat(pi).isNotWaitingAt("Task_HandleLateAcknowledgement");

        engine.setClock(OffsetDateTime.parse("2026-04-15T00:01:00+02:00").toInstant());
        engine.runDueJobs(pi.getId());
        assertThat(pi).isWaitingAt("Task_SendAcknowledgement", "Task_HandleLateAcknowledgement");
        engine.complete("lnord", pi.getId(), "Task_HandleLateAcknowledgement", note("Kvitteringen sendes i dag."));
        engine.complete("intake", pi.getId(), "Task_SendAcknowledgement", Map.of("pii_acknowledgementText", "Tak."));
        assertThat(pi).hasPassed("EndEvent_LateAcknowledgementHandled", "EndEvent_AcknowledgementSent");
    }

    @Test
    void theAcknowledgementCountsPublicHolidaysOnlyNotTheMunicipalitysClosingDays() {
        // Friday 18 December 2026: the law's hverdage are 21, 22, 23, 24 (a closing day of the
        // municipality's, but no public holiday), 28 and 29 December. The closing days are read
        // (issue 16, point 8) and must not push a statutory deadline to the 30th.
        OffsetDateTime received = OffsetDateTime.parse("2026-12-18T10:00:00+01:00");
        engine.setClock(received.toInstant().plus(Duration.ofMinutes(5)));
        LocalDate born = LocalDate.of(2016, 2, 11);
        var concern = register(Concerns.professional(Concerns.newCpr(born), "Emil Test", born, received,
                ConcernLevel.DECLINING, false));
        assertThat(concern.acknowledgementDueDate()).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Nested
    class ChildWithAnOpenCase {

        @Test
        void needsASecondAssessorWhoHasNotWorkedOnTheCase() {
            LocalDate born = LocalDate.of(2015, 4, 1);
            String cpr = Concerns.newCpr(born);
            ProcessInstance first = assessed(Concerns.professional(cpr, "Frida Test", born, OffsetDateTime.now().minusDays(2),
                    ConcernLevel.SEVERE, false), false, ConcernLevel.SEVERE, false, false);
            engine.complete("cnord1", first.getId(), "Task_DecideRoute", decision(Route.INVESTIGATION));
            engine.runDueJobs(first.getId());
            assertThat(childCaseOf(first)).isWaitingAt("Task_Investigate");

            RegisteredConcern second = register(Concerns.professional(cpr, "Frida Test", born,
                    OffsetDateTime.now().minusHours(1), ConcernLevel.ILL_BEING, false));
            ProcessInstance pi = instance(second);
            assertThat(pi).variables().containsEntry("childHasOpenCase", true);

            Map<String, Object> form = assessment(false, ConcernLevel.ILL_BEING, false, false);
            assertRefused(pi, form, "Anden vurderer: skal udfyldes");
            form.put("secondAssessor", "intake");
            assertRefused(pi, form, "skal være en anden end dig");
            form.put("secondAssessor", "cnord1");
            assertRefused(pi, form, "har arbejdet med sag");
            form.put("secondAssessor", "nobody");
            assertRefused(pi, form, "ikke en kendt bruger");

            form.put("secondAssessor", "cnord2");
            engine.complete("intake", pi.getId(), "Task_AssessConcern", form);
            // Not triaged as if the child were unknown: the concern goes to the case (§ 137).
            assertThat(pi).hasPassed("Gateway_ChildHasCase").isWaitingAt("Task_PassToCase");
            engine.runDueJobs(pi.getId());
            assertThat(pi).hasPassed("EndEvent_PassedToCase").hasNotPassed("Task_DecideRoute");
            ProcessInstance childCase = childCaseOf(first);
            assertThat(childCase).isWaitingAt("Task_Investigate", "Task_ReassessCase");
            assertThat(processEngine.getRuntimeService().getVariable(
                    engine.task(childCase.getId(), "Task_ReassessCase").getExecutionId(), "concernId")).isEqualTo(second.id());
            ConcernView view = engine.as("cnord2", () -> concerns.view(second.id(), AccessChannel.API));
            assertThat(view.status()).isEqualTo(dk.trappen.intake.ConcernStatus.PASSED_TO_CASE);
            assertThat(view.caseId()).isNotNull();
            assertThat(view.secondAssessor()).isEqualTo("cnord2");
            assertThat(view.childHadOpenCase()).isTrue();
            long firstConcernId = (Long) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                    .processInstanceId(first.getId()).variableName("concernId").singleResult().getValue();
            ConcernView firstView = engine.as("cnord1", () -> concerns.view(firstConcernId, AccessChannel.API));
            assertThat(view.child().id()).as("the same CPR number finds the same child").isEqualTo(firstView.child().id());
        }

        private void assertRefused(ProcessInstance pi, Map<String, Object> form, String message) {
            assertThatThrownBy(() -> engine.complete("intake", pi.getId(), "Task_AssessConcern", form))
                    .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining(message);
            assertThat(pi).isWaitingAt("Task_AssessConcern");
        }
    }

    @Test
    void aCaseworkerOfAnotherTeamCannotCompleteTheTeamsTask() {
        ProcessInstance pi = assessed(Concerns.professional(ConcernLevel.SEVERE), false, ConcernLevel.SEVERE, false, false);
        assertThat(engine.as("csyd1", () -> processEngine.getTaskService().createTaskQuery()
                .processInstanceId(pi.getId()).count())).isZero();
        assertThatThrownBy(() -> engine.complete("csyd1", pi.getId(), "Task_DecideRoute", decision(Route.INVESTIGATION)))
                .isInstanceOf(AuthorizationException.class);
        assertThat(engine.as("cnord2", () -> processEngine.getTaskService().createTaskQuery()
                .processInstanceId(pi.getId()).taskDefinitionKey("Task_DecideRoute").count())).isEqualTo(1);
    }
}
