package dk.trappen.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs whole intakes, registered over the API path and through Tasklist's start form, with every
 * free-text field filled in, then reads every row of every engine table (runtime, history, byte
 * arrays) looking for the child's CPR number, name and the free texts. None may be there.
 */
@TrappenTest
class PersonalDataStaysOutOfTheEngineTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    dk.trappen.homeintervention.InterventionProcesses interventionProcesses;

    EngineDriver engine;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(processEngine);
        engine = new EngineDriver(processEngine);
    }

    @Test
    void noCprNumberNameOrFreeTextReachesAnyEngineTable() {
        LocalDate born = LocalDate.of(2016, 6, 6);
        String cpr = Concerns.newCpr(born);
        String name = "Xenia Hemmeligsen";
        var registration = Concerns.professional(cpr, name, born, OffsetDateTime.now().minusHours(1), ConcernLevel.SEVERE, true);
        RegisteredConcern concern = engine.as("intake", () -> concerns.register(registration, null));
        runToTheEnd(concern.processInstanceId(), "Hemmelig vurdering om Xenia");

        String formCpr = Concerns.newCpr(born);
        Map<String, Object> startForm = new HashMap<>();
        startForm.put("notifierType", "PROFESSIONAL");
        startForm.put("pii_notifierOrganisation", "Hemmelig Børnehave");
        startForm.put("pii_notifierContact", "leder@hemmelig.example");
        startForm.put("pii_childCpr", formCpr);
        startForm.put("pii_childName", "Yrsa Fortroligsen");
        startForm.put("pii_childBirthDate", born.toString());
        startForm.put("receivedAt", OffsetDateTime.now().minusHours(3).withNano(0).toString());
        startForm.put("pii_description", "Fortrolig beskrivelse af Yrsas hjem");
        startForm.put("concernLevel", "SEVERE");
        startForm.put("concernsAbuse", true);
        String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(IntakeProcess.KEY).latestVersion().singleResult().getId();
        ProcessInstance fromForm = engine.as("intake",
                () -> processEngine.getFormService().submitStartForm(definitionId, startForm));
        assertThat(fromForm).isWaitingAt("Task_AssessConcern", "Task_SendAcknowledgement");
        assertThat(fromForm.getBusinessKey()).startsWith("UND-");
        assertThat(processEngine.getRuntimeService().getVariables(fromForm.getId()))
                .containsKeys("concernId", "childId", "teamGroup").doesNotContainKeys("pii_childName", "receivedAt");
        runToTheEnd(fromForm.getId(), "Hemmelig vurdering om Yrsa");

        List<String> secrets = List.of(cpr, name, "Xenia", formCpr, "Yrsa", "Fortroligsen", "Hemmelig", "Fortrolig",
                "leder@hemmelig.example", "kontor@skovvejen.example", "Eleven virker trist");
        assertThat(findInEngineTables(secrets)).isEmpty();
    }

    @Autowired
    dk.trappen.staircase.OfferCatalogue catalogue;
    @Autowired
    dk.trappen.organisation.Organisation organisation;

    @Test
    void theChildsCaseKeepsInvestigationPlanMeasuresAndReasonsOutOfTheEngine() {
        var offer = organisation.runAs("owner", () -> catalogue.create(new dk.trappen.staircase.OfferInput(
                "Familiepleje (PII-test)", null, dk.trappen.staircase.MeasureKind.FOSTER_CARE, 5, 0, 17, 52, true)));
        LocalDate born = LocalDate.of(2017, 7, 7);
        String cpr = Concerns.newCpr(born);
        String pi = new dk.trappen.testsupport.CaseScenarios(engine, concerns).fromIntake(cpr, "Zakarias Lønligsen", born,
                OffsetDateTime.now().minusHours(1), Map.of("pii_note", "Lønlig vurdering")).getId();

        Map<String, Object> investigation = new HashMap<>();
        for (String dimension : List.of("Health", "Development", "School", "Leisure", "SafeCare", "Stimulation",
                "Relationships", "FamilyHistory", "HousingWorkMoney", "SocialNetwork")) {
            investigation.put("pii_ics" + dimension, "Lønlig " + dimension);
        }
        investigation.put("pii_childConversationWaivedReason", "Lønlig grund");
        investigation.put("pii_childRulerCategory", "4a");
        investigation.put("recommendedStep", "5");
        investigation.put("pii_conclusion", "Lønlig konklusion");
        engine.complete("cnord1", pi, "Task_Investigate", investigation);
        Map<String, Object> plan = new HashMap<>();
        for (String goal : List.of("childGoal1", "childGoal2", "parentGoal1", "parentGoal2")) {
            plan.put("pii_" + goal, "Lønligt mål " + goal);
            plan.put("pii_" + goal + "Progress", "Lønligt tegn " + goal);
            plan.put("pii_" + goal + "TargetDate", LocalDate.now().plusMonths(5).toString());
        }
        plan.put("pii_planReason", "Lønlig grund til planen");
        engine.complete("cnord1", pi, "Task_WritePlan", plan);
        engine.complete("cnord1", pi, "Task_ChooseMeasure", new HashMap<>(Map.of("offerId", String.valueOf(offer.id()),
                "pii_measureStartDate", LocalDate.now().toString(), "pii_measureDurationWeeks", 52L,
                "pii_measurePurpose", "Lønligt formål", "pii_measureStepReason", "Lønlig trinbegrundelse",
                "pii_childNotHeardReason", "Lønlig grund til ingen børnesamtale")));
        engine.complete("lnord", pi, "Task_ApproveMeasure", new HashMap<>(Map.of("approval", "RETURNED",
                "pii_approvalReason", "Lønlig tilbagesendelse")));
        engine.complete("cnord1", pi, "Task_ReviseMeasure", new HashMap<>(Map.of("offerId", String.valueOf(offer.id()),
                "pii_measureStartDate", LocalDate.now().toString(), "pii_measureDurationWeeks", 40L,
                "pii_measurePurpose", "Lønligt formål igen", "pii_childHeardOn", LocalDate.now().toString())));
        engine.complete("lnord", pi, "Task_ApproveMeasure", new HashMap<>(Map.of("approval", "APPROVED")));
        engine.decideToGrant(pi, "Lønlig begrundelse for afgørelsen");
        engine.complete("cnord1", pi, "Task_WritePlacementPlan", plan);
        String endTask = processEngine.getTaskService().createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey("Task_EndMeasure").singleResult().getId();
        engine.as("cnord1", () -> processEngine.getTaskService().complete(endTask, new HashMap<>(Map.of("measureOutcome", "END",
                "pii_endDate", LocalDate.now().toString(), "pii_endReason", "Lønlig afslutning",
                "pii_childNotHeardReason", "Lønlig grund ved afslutningen", "returnsHome", "true", "placementStatement", true,
                "pii_returnHomePlan", "Lønlig plan for hjemgivelsen", "supportAfterReturn", "false"))));
        engine.complete("cnord1", pi, "Task_FollowCase", new HashMap<>(Map.of("caseAction", "CLOSE_CASE",
                "pii_closeReason", "Lønlig lukning", "pii_note", "Lønligt notat")));
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult()).isNull();

        assertThat(findInEngineTables(List.of(cpr, "Zakarias", "Lønlig", "Lønligt"))).isEmpty();
    }

    @Test
    void aNetworkMeetingKeepsParticipantsConsentStatusesAndMinutesOutOfTheEngine() {
        LocalDate born = LocalDate.of(2016, 3, 3);
        var childCase = new dk.trappen.testsupport.CaseScenarios(engine, concerns).fromIntake(Concerns.newCpr(born),
                "Mødebarn Diskretsen", born, OffsetDateTime.now().minusHours(1), Map.of());
        for (String kind : List.of("FAMILY_GROUP_CONFERENCE", "TBS")) {
            Map<String, Object> in = new HashMap<>(Map.of("caseId", processEngine.getRuntimeService().getVariable(childCase.getId(), "caseId"),
                    "childId", processEngine.getRuntimeService().getVariable(childCase.getId(), "childId"), "teamId", "nord",
                    "caseworker", "cnord1", "meetingKind", kind, "dueDate", LocalDate.now().plusDays(30).toString()));
            String pi = processEngine.getRuntimeService().startProcessInstanceByKey("networkMeeting", in).getId();
            if (kind.equals("FAMILY_GROUP_CONFERENCE")) {
                engine.complete("cnord1", pi, "Task_AgreeQuestions", new HashMap<>(Map.of("pii_questions", "Diskret spørgsmål",
                        "pii_coordinator", "Diskret Koordinator")));
            }
            Map<String, Object> prepare = new HashMap<>();
            prepare.put("meetingAt", OffsetDateTime.now().plusDays(10).withNano(0).toString());
            prepare.put("placeKind", "OTHER");
            prepare.put("pii_place", "Diskretvej 1");
            prepare.put("pii_parent1Name", "Diskret Forælder");
            prepare.put("pii_parent1Contact", "diskret@example.dk");
            prepare.put("childInvited", true);
            prepare.put("pii_childName", "Mødebarn Diskretsen");
            prepare.put("pii_pro1Name", "Diskret Lærer");
            prepare.put("pro1Role", "SCHOOL");
            prepare.put("pii_pro1Organisation", "Diskretskolen");
            prepare.put("pii_pro1PartnerUser", "skolesystem");
            prepare.put("pii_private1Name", "Diskret Mormor");
            prepare.put("consentBasis", "CONSENT");
            prepare.put("pii_consentScope", "Diskret omfang");
            prepare.put("pii_consentGivenBy", "Diskret Forælder");
            prepare.put("pii_consentGivenOn", LocalDate.now().toString());
            prepare.put("pii_consentValidUntil", LocalDate.now().plusMonths(3).toString());
            engine.complete("cnord1", pi, "Task_PrepareMeeting", prepare);
            long meetingId = ((Number) processEngine.getRuntimeService().getVariable(pi, "meetingId")).longValue();
            long teacher = meetings.get(meetingId).participants().stream().filter(p -> p.name().equals("Diskret Lærer"))
                    .findFirst().orElseThrow().id();
            engine.complete("cnord1", pi, "Task_CollectStatuses", new HashMap<>(Map.of("statusParticipant1", String.valueOf(teacher),
                    "pii_statusText1", "Diskret status", "pii_note", "Diskret notat")));
            Map<String, Object> minutes = new HashMap<>(Map.of("pii_minutes", "Diskret referat", "pii_decisions", "Diskret beslutning",
                    "pii_planForChild", "Diskret mål", "pii_planForParents", "Diskret forældremål", "pii_whoDoesWhat", "Diskret fordeling"));
            if (kind.equals("FAMILY_GROUP_CONFERENCE")) {
                engine.complete("cnord1", pi, "Task_HoldConference", minutes);
                engine.complete("cnord1", pi, "Task_ApproveFamilyPlan", new HashMap<>(Map.of("familyPlanDecision", "REVISE",
                        "pii_familyPlanReason", "Diskret begrundelse")));
                engine.complete("cnord1", pi, "Task_HoldConference", minutes);
                engine.complete("cnord1", pi, "Task_ApproveFamilyPlan", new HashMap<>(Map.of("familyPlanDecision", "APPROVED")));
            } else {
                minutes.putAll(Map.of("pii_actionPoint1", "Diskret handling", "pii_actionPoint1Owner", "cnord2",
                        "pii_actionPoint1DueDate", LocalDate.now().plusDays(5).toString(),
                        "pii_actionPoint2", "Diskret anden handling", "pii_actionPoint2Owner", "Diskret Mormor",
                        "pii_actionPoint2DueDate", LocalDate.now().plusDays(5).toString()));
                engine.complete("cnord1", pi, "Task_HoldMeeting", minutes);
            }
            engine.runDueJobs(pi);
        }
        String actionPoint = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("actionPoint")
                .variableValueEquals("owner", "cnord2").list().stream().reduce((a, b) -> b).orElseThrow().getId();
        engine.complete("cnord2", actionPoint, "Task_CarryOutActionPoint", new HashMap<>(Map.of("pii_note", "Diskret udført")));

        assertThat(findInEngineTables(List.of("Diskret", "diskret", "Mødebarn"))).isEmpty();
    }

    @Autowired
    dk.trappen.meetings.Meetings meetings;
    @Autowired
    dk.trappen.prevention.PreventionRequests preventionRequests;

    @Test
    void anEarlyPreventionCourseKeepsNamesGoalsContactsScoresAndSummariesOutOfTheEngine() {
        var unit = new dk.trappen.testsupport.PreventionScenarios(engine, preventionRequests, id -> { });
        LocalDate born = LocalDate.now().minusYears(8);
        Map<String, Object> start = new HashMap<>();
        start.put("anonymous", false);
        start.put("wayIn", "PROFESSIONAL");
        start.put("referrerRole", "SCHOOL");
        start.put("pii_referrerOrganisation", "Gemmeskolen");
        start.put("familyAgrees", true);
        start.put("pii_childName", "Vilja Skjultsen");
        start.put("pii_childCpr", Concerns.newCpr(born));
        start.put("pii_parentName", "Skjult Forælder");
        start.put("pii_familyContact", "skjult@example.dk");
        start.put("topic", "SCHOOL_WELLBEING");
        start.put("pii_description", "Skjult beskrivelse af Viljas fravær");
        String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("earlyPrevention").latestVersion().singleResult().getId();
        ProcessInstance pi = engine.as("prevention", () -> processEngine.getFormService().submitStartForm(definitionId, start));
        unit.week(Map.of(pi.getBusinessKey(), dk.trappen.testsupport.PreventionScenarios.accept()),
                Map.of(pi.getBusinessKey(), dk.trappen.testsupport.PreventionScenarios.individual("pfor1")));
        engine.complete("pfor1", pi.getId(), "Task_ContactFamily", new HashMap<>(Map.of("contactedOn", LocalDate.now().toString(),
                "pii_note", "Skjult aftale")));
        Map<String, Object> meeting = dk.trappen.testsupport.PreventionScenarios.contact("Skjult Deltager", 17, 29, "PARENT");
        meeting.put("pii_goals", "Skjult mål for Vilja");
        meeting.put("pii_note", "Skjult notat fra opstart");
        engine.complete("pfor1", pi.getId(), "Task_HoldStartMeeting", meeting);
        Map<String, Object> contact = dk.trappen.testsupport.PreventionScenarios.contact("Skjult Deltager", 13, 31, "PARENT");
        contact.put("nextStep", "CONTACT");
        engine.complete("pfor1", pi.getId(), "Task_FollowCourse", contact);
        engine.complete("pfor1", pi.getId(), "Task_FollowCourse", new HashMap<>(Map.of("nextStep", "CLOSE")));
        engine.complete("pfor1", pi.getId(), "Task_CloseCourse", new HashMap<>(Map.of("goalsOutcome", "PARTLY",
                "pii_recommendation", "Skjult anbefaling", "worriesRemain", true, "concernLevel", "DECLINING")));
        engine.runDueJobs(pi.getId());
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult())
                .isNull();
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .list()).noneSatisfy(v -> assertThat(v.getName()).isIn("pii_ors", "pii_srs", "pii_contactDate"));

        assertThat(findInEngineTables(List.of("Vilja", "Skjult", "skjult", "Gemmeskolen"))).isEmpty();
    }

    /** Completes every task with free text in every form field, down a path through most of the model. */
    @Test
    void followUpsAndTheIntensiveInterventionKeepAssessmentsNotesAndTheFamilysWordsOutOfTheEngine() {
        var catalogueOwner = "owner";
        var treatment = organisation.runAs(catalogueOwner, () -> catalogue.create(new dk.trappen.staircase.OfferInput(
                "Familiebehandling (PII-test)", null, dk.trappen.staircase.MeasureKind.FAMILY_TREATMENT, 2, 0, 17, 26, true)));
        var intensive = organisation.runAs(catalogueOwner, () -> catalogue.create(new dk.trappen.staircase.OfferInput(
                "Intensiv (PII-test)", null, dk.trappen.staircase.MeasureKind.INTENSIVE_HOME_INTERVENTION, 3, 0, 17, 12, true)));
        LocalDate born = LocalDate.of(2018, 8, 8);
        String cpr = Concerns.newCpr(born);
        var scenarios = new dk.trappen.testsupport.CaseScenarios(engine, concerns);
        var pi = scenarios.planned(cpr, "Ylva Fortrolighed", born);
        long measureId = scenarios.grant(pi, treatment.id(), LocalDate.now(), 26L, "cnord1", "lnord");
        String followUp = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("followUp")
                .variableValueEquals("measureId", measureId).singleResult().getId();
        engine.runDueJobs(followUp);
        try {
            Date prepareFrom = (Date) processEngine.getRuntimeService().getVariable(followUp, "prepareFrom");
            engine.setClock(prepareFrom.toInstant().plusSeconds(3600));
            engine.runDueJobs(followUp);
            engine.complete("cnord1", followUp, "Task_PrepareFollowUp", new HashMap<>(Map.of("followUpMeeting", "false",
                    "pii_childView", "Fortrolig stemme")));
            Map<String, Object> held = new HashMap<>(Map.of("followUpHeldOn", LocalDate.now().toString(),
                    "pii_goal1Score", 3L, "pii_goal2Score", 4L, "pii_goal1Note", "Fortrolig fremgang",
                    "pii_childHeard", "false", "pii_childNotHeardReason", "Fortrolig grund", "pii_fitOrs", 17L, "pii_fitSrs", 33L,
                    "followUpDecision", "STEP_UP", "pii_decisionReason", "Fortrolig begrundelse"));
            held.putAll(Map.of("caseCadence", "P2M", "pii_cadenceReason", "Fortrolig kadencebegrundelse", "cadenceToldFamily", true));
            engine.as("cnord1", () -> processEngine.getTaskService().complete(engine.task(followUp, "Task_HoldFollowUp").getId(), held));
            engine.runDueJobs(followUp);
        } finally {
            engine.resetClock();
        }

        // The step up: the intensive intervention replaces the family treatment.
        scenarios.grant(pi, intensive.id(), LocalDate.now(), 12L, "cnord1", "lnord");
        String iv = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .singleResult().getId();
        engine.complete("lnord", iv, "Task_ComposeTeam", new HashMap<>(Map.of("atRiskOfPlacement", "true",
                "followUpCaseworker", "cnord2", "therapist1", "therapist", "therapist2", "therapist2")));
        engine.runDueJobs(iv);
        engine.complete("therapist", iv, "Task_RecordSession", new HashMap<>(Map.of("sessionMethod", "OTHER",
                "pii_otherMethod", "Fortrolig metode", "sessionOn", LocalDate.now().toString(),
                "pii_sessionParticipants", "Fortrolige deltagere", "pii_sessionSummary", "Fortroligt resumé")));
        engine.complete("therapist2", iv, "Task_WeeklyFocus", new HashMap<>(Map.of("pii_focusPoints", "Fortrolige fokuspunkter",
                "focusGoal1", true, "contact1On", LocalDate.now().toString(), "contact1Place", "HOME", "contact1Minutes", 45L,
                "pii_contact1Who", "Fortrolig deltager", "contact1FitKind", "SRS", "pii_contact1Fit", 35L)));
        long interventionId = ((Number) processEngine.getRuntimeService().getVariable(iv, "interventionId")).longValue();
        interventionProcesses.endEarly(interventionId, dk.trappen.homeintervention.EarlyEndReason.FAMILY_WITHDREW,
                "Fortrolig årsag", organisation.user("therapist"));
        engine.complete("cnord1", iv, "Task_DecideNext", new HashMap<>(Map.of("interventionDecision", "PLACEMENT",
                "pii_decisionReason", "Fortrolig vurdering")));
        engine.runDueJobs(iv);

        assertThat(findInEngineTables(List.of(cpr, "Ylva", "Fortrolig", "Fortrolige", "Fortroligt"))).isEmpty();
    }

    private void runToTheEnd(String processInstanceId, String secretNote) {
        Map<String, Object> assessment = new HashMap<>(Map.of("acuteDanger", false, "concernLevel", "SEVERE",
                "boundedProblem", false, "familyMotivated", false, "pii_note", secretNote));
        engine.complete("intake", processInstanceId, "Task_AssessConcern", assessment);
        engine.complete("cnord1", processInstanceId, "Task_ChildConversation", Map.of("pii_note", secretNote));
        // A concern about abuse is always investigated (§ 20 stk. 1 nr. 2): the override with a reason is
        // acute action, whose note is free text too.
        Map<String, Object> override = new HashMap<>(Map.of("route", "ACUTE_ACTION", "dialogueMeetingFirst", false,
                "pii_routeReason", secretNote));
        engine.complete("cnord1", processInstanceId, "Task_DecideRoute", override);
        engine.complete("cnord1", processInstanceId, "Task_ActAcutely", new HashMap<>(Map.of("acuteAction", "OTHER", "pii_note", secretNote)));
        engine.complete("intake", processInstanceId, "Task_SendAcknowledgement",
                Map.of("pii_acknowledgementText", secretNote));
        engine.runDueJobs(processInstanceId);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult()).isNull();
    }

    private List<String> findInEngineTables(List<String> secrets) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where upper(table_name) like 'ACT\\_%' escape '\\' and upper(table_schema) not in ('INFORMATION_SCHEMA','PG_CATALOG')",
                String.class);
        assertThat(tables).as("engine tables found").hasSizeGreaterThan(40);
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            jdbc.query("select * from " + table, rs -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    String value = text(rs.getObject(i));
                    if (value == null) {
                        continue;
                    }
                    for (String secret : secrets) {
                        if (value.contains(secret)) {
                            found.add(table + "." + rs.getMetaData().getColumnName(i) + " contains " + secret);
                        }
                    }
                }
            });
        }
        return found;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value == null ? null : value.toString();
    }
}
