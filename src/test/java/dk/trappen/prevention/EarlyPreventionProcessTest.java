package dk.trappen.prevention;

import static dk.trappen.testsupport.Forms.form;
import static dk.trappen.testsupport.PreventionScenarios.LEADER;
import static dk.trappen.testsupport.PreventionScenarios.accept;
import static dk.trappen.testsupport.PreventionScenarios.contact;
import static dk.trappen.testsupport.PreventionScenarios.individual;
import static dk.trappen.testsupport.PreventionScenarios.passOn;
import static dk.trappen.testsupport.PreventionScenarios.startMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.deadlines.Calendars;
import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.IntakeProcess;
import dk.trappen.intake.RegisteredConcern;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.FlowNodeCoverage;
import dk.trappen.testsupport.PreventionScenarios;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of {@code bpmn/earlyPrevention.bpmn} and {@code bpmn/preventionWeek.bpmn} on the real
 * engine: each way in (a family's own request over the API and the start form, anonymous open
 * counselling, a professional's request with the family, intake's referral), the weekly triage
 * (accept, pass on to the authority), the weekly distribution (individual, group only), the first
 * contact due the next working day, the 12-contact limit with two network meetings and the leader's
 * extension, FIT flags, and a course that ends with worries sent to the authority.
 */
@TrappenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarlyPreventionProcessTest {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    PreventionRequests requests;
    @Autowired
    PreventionCourses courses;
    @Autowired
    GroupOffers groups;
    @Autowired
    ConcernService concerns;
    @Autowired
    Organisation organisation;
    @Autowired
    Calendars calendars;
    @Autowired
    Deadlines deadlines;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    EngineDriver engine;
    ApiClient http;
    PreventionScenarios unit;
    final FlowNodeCoverage coverage = new FlowNodeCoverage(EarlyPreventionProcessTest.class, PreventionProcess.KEY);
    final FlowNodeCoverage weekCoverage = new FlowNodeCoverage(EarlyPreventionProcessTest.class, PreventionProcess.WEEK_KEY);

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(processEngine);
        engine = new EngineDriver(processEngine);
        http = new ApiClient(port);
        unit = new PreventionScenarios(engine, requests, id -> {
            coverage.started(id);
            weekCoverage.started(id);
        });
    }

    @AfterEach
    void ended() {
        engine.resetClock();
        coverage.testEnded();
        weekCoverage.testEnded();
    }

    @AfterAll
    void everyFlowNodeOfTheModelsIsCovered() {
        coverage.assertEveryFlowNodePassed(processEngine);
        weekCoverage.assertEveryFlowNodePassed(processEngine);
    }

    @Test
    void aFamilysOwnRequestIsTriagedWithinAWeekDistributedByCompetenceAndContactedTheNextWorkingDay() throws Exception {
        ApiClient.Reply reply = http.post("prevention", "/api/prevention/requests", Map.of("anonymous", false, "wayIn", "FAMILY",
                "child", Map.of("name", "Ida Rutinesen", "birthDate", "2019-03-04"), "parentName", "Mette Rutinesen",
                "familyContact", "20 30 40 50", "topic", "PARENTING", "description", "Morgenerne ender i konflikt hver dag."));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode registered = reply.json();
        String number = registered.path("number").asText();
        ProcessInstance pi = unit.instance(number);
        coverage.started(pi.getId());
        assertThat(number).matches("FOR-\\d{4}-\\d{6}");
        assertThat(pi).isWaitingAt("IntermediateEvent_Triaged");
        assertThat(OffsetDateTime.parse(registered.path("triageBy").asText()).toInstant())
                .isCloseTo(OffsetDateTime.now().plusDays(7).toInstant(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));

        // The weekly timer: every Monday at 9; firing it starts the week's triage.
        Job timer = processEngine.getManagementService().createJobQuery().processDefinitionKey(PreventionProcess.WEEK_KEY)
                .timers().singleResult();
        ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.systemDefault());
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(due.getHour()).isEqualTo(9);
        processEngine.getManagementService().executeJob(timer.getId());
        ProcessInstance week = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PreventionProcess.WEEK_KEY).active().list().stream()
                .filter(i -> unit.open(i.getId(), "Task_TriageRequests") != null || hasJobs(i.getId())).findFirst().orElseThrow();
        weekCoverage.started(week.getId());
        engine.runDueJobs(week.getId());

        Task triage = unit.open(week.getId(), "Task_TriageRequests");
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(triage.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("teamleaders-prevention"));
        assertThat(triage.getDueDate().toInstant()).as("the oldest request waits at most a week")
                .isBeforeOrEqualTo(OffsetDateTime.parse(registered.path("triageBy").asText()).toInstant());
        assertThat(processEngine.getTaskService().getVariablesLocal(triage.getId()).values().toString())
                .contains(number).doesNotContain("Ida", "Rutinesen");
        Map<String, Object> undecided = unit.slots(triage, Map.of(number, Map.of("decision", "ACCEPT")), passOn("Anden test"));
        assertThatThrownBy(() -> engine.complete(LEADER, week.getId(), "Task_TriageRequests", undecided))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("Kompetence");
        assertThatThrownBy(() -> engine.complete("pfor1", week.getId(), "Task_TriageRequests", form()))
                .as("only the leader triages").isInstanceOf(Exception.class);
        unit.runWeek(week.getId(), Map.of(number, accept()), Map.of(number, individual("pfor1")));
        assertThat(week).isEnded();

        assertThat(pi).hasPassed("IntermediateEvent_Triaged", "IntermediateEvent_Assigned").isWaitingAt("Task_ContactFamily");
        Task contact = engine.task(pi.getId(), "Task_ContactFamily");
        assertThat(contact.getAssignee()).isEqualTo("pfor1");
        LocalDate nextWorkingDay = calendars.municipal().addWorkingDays(LocalDate.now(COPENHAGEN), 1);
        assertThat(contact.getDueDate().toInstant()).as("the same day or the next working day")
                .isEqualTo(deadlines.endOfDay(nextWorkingDay).minusSeconds(1));
        assertThatThrownBy(() -> engine.complete("pfor1", pi.getId(), "Task_ContactFamily",
                form("contactedOn", LocalDate.now().plusDays(3).toString())))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("fremtiden");
        engine.complete("pfor1", pi.getId(), "Task_ContactFamily", form("contactedOn", LocalDate.now().toString(),
                "pii_note", "Opstartsmøde aftalt hjemme torsdag."));

        assertThatThrownBy(() -> engine.complete("pfor1", pi.getId(), "Task_HoldStartMeeting", startMeeting(null, 30, 38)))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("Forløbets mål");
        engine.complete("pfor1", pi.getId(), "Task_HoldStartMeeting",
                startMeeting("Rolige morgener: Ida er klar til børnehave kl. 8 tre dage om ugen.", 30, 38));
        assertThat(pi).isWaitingAt("Task_FollowCourse");
        assertThat(processEngine.getRuntimeService().getVariables(pi.getId())).containsEntry("contactsUsed", 1)
                .containsEntry("contactLimit", 12).doesNotContainKeys("pii_goals", "pii_ors", "pii_contactDate");

        Map<String, Object> next = contact("Mor og Ida", 33, 39, "PARENT");
        next.put("nextStep", "CONTACT");
        engine.complete("pfor1", pi.getId(), "Task_FollowCourse", next);
        assertThat(pi).isWaitingAt("Task_FollowCourse");
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "contactsUsed")).isEqualTo(2);
        engine.complete("pfor1", pi.getId(), "Task_FollowCourse", form("nextStep", "CLOSE"));
        engine.complete("pfor1", pi.getId(), "Task_CloseCourse", form("goalsOutcome", "REACHED",
                "pii_recommendation", "Familien fortsætter selv med morgenplanen.", "worriesRemain", false));
        assertThat(pi).hasPassed("Gateway_WorriesRemain").hasPassed("EndEvent_CourseClosed").isEnded();
        RequestView view = engine.as("pfor1", () -> courses.view(registered.path("requestId").asLong(),
                dk.trappen.casefile.AccessChannel.TASK));
        assertThat(view.courseStatus()).isEqualTo(CourseStatus.CLOSED);
        assertThat(view.worker()).isEqualTo("pfor1");
        assertThat(view.contacts()).hasSize(2);
        assertThat(view.goalsOutcome()).isEqualTo(GoalsOutcome.REACHED);
        assertThat(jdbc.queryForObject("select count(*) from child_access_log where child_id = ? and user_id = 'pfor1'",
                Long.class, engine.engine().getHistoryService().createHistoricVariableInstanceQuery()
                        .processInstanceId(pi.getId()).variableName("childId").singleResult().getValue()))
                .as("reading the child's record is audit-logged").isPositive();
    }

    private boolean hasJobs(String processInstanceId) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(processInstanceId).count() > 0;
    }

    @Test
    void anonymousOpenCounsellingCreatesNoCaseAndStoresOnlyDateTopicDurationAndOutcome() throws Exception {
        long children = jdbc.queryForObject("select count(*) from child", Long.class);
        long requestRows = jdbc.queryForObject("select count(*) from prevention_request", Long.class);
        ApiClient.Reply identified = http.post("prevention", "/api/prevention/requests", Map.of("anonymous", true,
                "topic", "DIVORCE", "parentName", "Anonym Hemmeligsen", "child", Map.of("name", "Barn")));
        ApiClient.assertProblem(identified, 400);
        assertThat(ApiClient.errorFields(identified)).contains("parentName", "child");

        ApiClient.Reply reply = http.post("prevention", "/api/prevention/requests", Map.of("anonymous", true, "topic", "DIVORCE"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("anonymous").asBoolean()).isTrue();
        assertThat(reply.json().has("requestId")).isFalse();
        String number = reply.json().path("number").asText();
        assertThat(number).startsWith("ANON-");
        ProcessInstance pi = unit.instance(number);
        coverage.started(pi.getId());
        assertThat(pi).isWaitingAt("Task_GiveAnonymousCounselling");
        engine.complete("prevention", pi.getId(), "Task_GiveAnonymousCounselling", form("counselledOn",
                LocalDate.now().toString(), "topic", "DIVORCE", "durationMinutes", 45L, "outcome", "ADVICE_GIVEN"));
        assertThat(pi).hasPassed("EndEvent_CounsellingGiven").isEnded();

        assertThat(jdbc.queryForObject("select count(*) from child", Long.class)).as("no child registered").isEqualTo(children);
        assertThat(jdbc.queryForObject("select count(*) from prevention_request", Long.class)).as("no request, no case")
                .isEqualTo(requestRows);
        List<Map<String, Object>> rows = jdbc.queryForList("select * from anonymous_counselling where id = ?",
                Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.keySet()).map(String::toLowerCase).containsExactlyInAnyOrder("id", "counselled_on", "topic",
                    "duration_minutes", "outcome", "recorded_at");
            assertThat(row.get("topic")).isEqualTo("DIVORCE");
            assertThat(((Number) row.get("duration_minutes")).intValue()).isEqualTo(45);
            assertThat(row.get("outcome")).isEqualTo("ADVICE_GIVEN");
        });
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aProfessionalsRequestWithTheFamilyOutsideTheTargetGroupGoesToTheAuthorityWithTheReason() {
        LocalDate born = LocalDate.now().minusYears(4);
        Map<String, Object> start = new HashMap<>(Map.of("anonymous", false, "wayIn", "PROFESSIONAL", "referrerRole", "DAYCARE",
                "pii_referrerOrganisation", "Børnehuset Solsikken", "familyAgrees", false, "pii_childName", "Otto Solsiksen",
                "pii_childBirthDate", born.toString(), "pii_parentName", "Sara Solsiksen", "pii_familyContact", "sara@example.dk",
                "topic", "ANXIETY_LONELINESS"));
        start.put("pii_description", "Otto græder hver morgen ved aflevering, og mor er selv meget presset.");
        String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PreventionProcess.KEY).latestVersion().singleResult().getId();
        assertThatThrownBy(() -> engine.as("prevention", () -> processEngine.getFormService().submitStartForm(definition, start)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sammen med familien");
        start.put("familyAgrees", true);
        ProcessInstance pi = engine.as("prevention", () -> processEngine.getFormService().submitStartForm(definition, start));
        coverage.started(pi.getId());
        assertThat(pi.getBusinessKey()).startsWith("FOR-");
        assertThat(processEngine.getRuntimeService().getVariables(pi.getId())).containsKeys("requestId", "childId")
                .doesNotContainKeys("pii_childName", "pii_description", "wayIn", "familyAgrees");

        unit.week(Map.of(pi.getBusinessKey(), passOn("Mors egen belastning er ikke afgrænset; myndigheden bør vurdere familien.")),
                Map.of());
        assertThat(pi).hasPassed("Task_PassOnFromTriage", "EndEvent_PassedOn").isEnded();
        long concernId = ((Number) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName("passedConcernId").singleResult().getValue()).longValue();
        var concern = engine.as("intake", () -> concerns.view(concernId, dk.trappen.casefile.AccessChannel.API));
        assertThat(concern.description()).contains("Mors egen belastning", "Otto græder hver morgen", pi.getBusinessKey());
        assertThat(concern.notifierOrganisation()).isEqualTo("Tidlig Forebyggelse");
        assertThat(concern.concernLevel()).isEqualTo(ConcernLevel.ILL_BEING);
        assertThat(concern.child().name()).as("the same child, not typed again").isEqualTo("Otto Solsiksen");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(IntakeProcess.KEY)
                .variableValueEquals("concernId", concernId).count()).as("intake runs for it").isEqualTo(1);
    }

    @Test
    void referralsFromIntakeMayBeGivenAGroupCourseInsteadOfOrBesideAnIndividualOneWhileItHasSeats() {
        GroupOffer oneSeat = organisation.runAs(LEADER, () -> groups.create(new GroupOfferInput("De Utrolige År (test)",
                "Forældregruppe, 14 gange", 3, 8, LocalDate.now().plusDays(7), LocalDate.now().plusDays(100), 1)));
        GroupOffer other = organisation.runAs(LEADER, () -> groups.create(new GroupOfferInput("Klar til skole (test)",
                null, 5, 7, LocalDate.now().plusDays(3), LocalDate.now().plusDays(60), 6)));
        ProcessInstance first = referredFromIntake(LocalDate.now().minusYears(5));
        ProcessInstance second = referredFromIntake(LocalDate.now().minusYears(6));
        coverage.started(first.getId());
        coverage.started(second.getId());
        assertThat(first).hasPassed("StartEvent_ReferredFromIntake").isWaitingAt("IntermediateEvent_Triaged");
        assertThat(processEngine.getRuntimeService().getVariable(first.getId(), "concernId")).isNotNull();

        String week = processEngine.getRuntimeService().startProcessInstanceByKey(PreventionProcess.WEEK_KEY).getId();
        weekCoverage.started(week);
        engine.runDueJobs(week);
        Map<String, Map<String, Object>> both = Map.of(first.getBusinessKey(), accept(), second.getBusinessKey(), accept());
        engine.complete(LEADER, week, "Task_TriageRequests", unit.slots(unit.open(week, "Task_TriageRequests"), both,
                passOn("Anden test")));
        engine.runDueJobs(week);
        Task distribute = unit.open(week, "Task_DistributeFamilies");
        assertThat(processEngine.getTaskService().getVariableLocal(distribute.getId(), "groupOptions").toString())
                .contains("De Utrolige År (test)", "1 af 1 pladser ledige");
        Map<String, Object> group = Map.of("courseKind", "GROUP", "groupOffer", String.valueOf(oneSeat.id()));
        assertThatThrownBy(() -> engine.complete(LEADER, week, "Task_DistributeFamilies",
                unit.slots(distribute, Map.of(first.getBusinessKey(), group, second.getBusinessKey(), group), null)))
                .as("two families cannot share the last seat").hasRootCauseInstanceOf(InvalidInputException.class)
                .rootCause().hasMessageContaining("ingen ledige pladser");

        unit.runWeek(week, both, Map.of(first.getBusinessKey(), group, second.getBusinessKey(),
                Map.of("courseKind", "BOTH", "worker", "pfor2", "groupOffer", String.valueOf(other.id()))));
        assertThat(first).hasPassed("Gateway_IndividualCourse", "EndEvent_GroupOnly").isEnded();
        assertThat(groups.current()).filteredOn(g -> g.id() == oneSeat.id()).singleElement()
                .satisfies(g -> assertThat(g.freeSeats()).isZero());
        assertThat(second).as("a group course beside an individual one").isWaitingAt("Task_ContactFamily");
        long courseId = ((Number) processEngine.getRuntimeService().getVariable(second.getId(), "courseId")).longValue();
        assertThat(groups.ofCourse(courseId)).extracting(GroupOffer::name).containsExactly("Klar til skole (test)");
    }

    private ProcessInstance referredFromIntake(LocalDate born) {
        RegisteredConcern concern = engine.as("intake", () -> concerns.register(Concerns.professional(Concerns.newCpr(born),
                "Henvist Barn", born, OffsetDateTime.now().minusHours(2), ConcernLevel.DECLINING, false), null));
        engine.complete("intake", concern.processInstanceId(), "Task_AssessConcern", form("acuteDanger", false,
                "concernLevel", "DECLINING", "boundedProblem", true, "familyMotivated", true, "pii_note", "Afgrænset, motiveret."));
        String team = (String) processEngine.getRuntimeService().getVariable(concern.processInstanceId(), "teamId");
        String caseworker = team.equals("nord") ? "cnord1" : "csyd1";
        engine.complete(caseworker, concern.processInstanceId(), "Task_DecideRoute", form("route", "EARLY_PREVENTION",
                "dialogueMeetingFirst", false));
        engine.runDueJobs(concern.processInstanceId());
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PreventionProcess.KEY)
                .variableValueEquals("concernId", concern.id()).singleResult();
    }

    @Test
    void aCourseHasAtMostTwelveContactsIncludingTwoNetworkMeetingsAndAThirteenthNeedsTheLeadersExtension() {
        String pi = unit.runningCourse("Karl Grænsesen", LocalDate.now().minusYears(13), "pfor2",
                startMeeting("Karl kommer i skole hver dag.", 26, 37));
        ProcessInstance course = running(pi);
        assertThatThrownBy(() -> engine.complete("pfor2", pi, "Task_FollowCourse", form("nextStep", "EXTENSION",
                "pii_extensionReason", "For tidligt")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("først nødvendig");

        for (int meeting = 1; meeting <= 2; meeting++) {
            engine.complete("pfor2", pi, "Task_FollowCourse", form("nextStep", "NETWORK_MEETING"));
            holdNetworkMeeting(pi, "pfor2");
        }
        assertThat(processEngine.getRuntimeService().getVariables(pi)).containsEntry("contactsUsed", 3)
                .containsEntry("networkMeetingsUsed", 2);
        assertThatThrownBy(() -> engine.complete("pfor2", pi, "Task_FollowCourse", form("nextStep", "NETWORK_MEETING")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("højst 2 netværksmøder");

        for (int n = 4; n <= 12; n++) {
            Map<String, Object> next = contact("Karl og mor", 28, 38, "YOUNG_PERSON");
            next.put("nextStep", "CONTACT");
            engine.complete("pfor2", pi, "Task_FollowCourse", next);
        }
        assertThat(processEngine.getRuntimeService().getVariable(pi, "contactsUsed")).isEqualTo(12);
        Map<String, Object> thirteenth = contact("Karl", 30, 39, "YOUNG_PERSON");
        thirteenth.put("nextStep", "CONTACT");
        assertThatThrownBy(() -> engine.complete("pfor2", pi, "Task_FollowCourse", thirteenth))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("kontakt nr. 13 kræver lederens godkendte forlængelse");

        engine.complete("pfor2", pi, "Task_FollowCourse", form("nextStep", "EXTENSION",
                "pii_extensionReason", "Karl er lige begyndt at komme i skole igen; to kontakter mere sikrer overgangen."));
        assertThat(course).isWaitingAt("Task_ApproveExtension");
        assertThatThrownBy(() -> engine.complete("pfor2", pi, "Task_ApproveExtension", form("extensionApproved", "true",
                "extraContacts", 2L))).as("the leader decides").isInstanceOf(Exception.class);
        assertThatThrownBy(() -> engine.complete(LEADER, pi, "Task_ApproveExtension", form("extensionApproved", "false")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("Begrundelse");
        engine.complete(LEADER, pi, "Task_ApproveExtension", form("extensionApproved", "true", "extraContacts", 2L));
        assertThat(processEngine.getRuntimeService().getVariables(pi)).containsEntry("contactLimit", 14)
                .doesNotContainKey("extensionApproved");
        Map<String, Object> thirteenthAgain = contact("Karl", 30, 39, "YOUNG_PERSON");
        thirteenthAgain.put("nextStep", "CONTACT");
        engine.complete("pfor2", pi, "Task_FollowCourse", thirteenthAgain);
        assertThat(processEngine.getRuntimeService().getVariable(pi, "contactsUsed")).isEqualTo(13);
        assertThat(course).hasPassed("Task_ApproveExtension", "CallActivity_NetworkMeeting", "Task_RecordNetworkMeeting",
                "Gateway_MergeSideSteps");
    }

    /** The reusable networkMeeting, called from the course, as the worker runs it: planned at home, held. */
    private void holdNetworkMeeting(String pi, String worker) {
        ProcessInstance meeting = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("networkMeeting").superProcessInstanceId(pi).singleResult();
        assertThat(processEngine.getRuntimeService().getVariable(meeting.getId(), "meetingKind"))
                .as("a young person of 13: TUS").isEqualTo("TUS");
        Map<String, Object> prepare = new HashMap<>(Map.of("meetingAt", OffsetDateTime.now(COPENHAGEN).plusDays(5)
                .truncatedTo(ChronoUnit.HOURS).toString(), "placeKind", "HOME", "pii_place", "Hjemme hos familien",
                "pii_parent1Name", "Mor Grænsesen", "childInvited", false, "consentBasis", "NONE"));
        engine.complete(worker, meeting.getId(), "Task_PrepareMeeting", prepare);
        engine.complete(worker, meeting.getId(), "Task_CollectStatuses", form());
        engine.complete(worker, meeting.getId(), "Task_HoldMeeting", form("pii_minutes", "Skolen og familien aftalte en plan."));
        engine.runDueJobs(meeting.getId());
        engine.runDueJobs(pi);
        assertThat(running(pi)).isWaitingAt("Task_FollowCourse");
    }

    @Test
    void fitScoresUnderTheCutOffsAndAFallingTrendAreFlaggedAndTheLeadersOverviewShowsThem() throws Exception {
        String pi = unit.runningCourse("Alma Fitsen", LocalDate.now().minusYears(9), "prevention",
                startMeeting("Alma sover i egen seng.", 31, 38));
        ProcessInstance course = running(pi);
        Map<String, Object> strained = contact("Mor", 28, 35, "PARENT");
        strained.put("nextStep", "CONTACT");
        engine.complete("prevention", pi, "Task_FollowCourse", strained);
        Map<String, Object> falling = contact("Mor", 24, 38, "PARENT");
        falling.put("nextStep", "CONTACT");
        engine.complete("prevention", pi, "Task_FollowCourse", falling);
        Map<String, Object> child = contact("Alma", 31, 40, "CHILD");
        child.put("nextStep", "CONTACT");
        Map<String, Object> outOfRange = new HashMap<>(child);
        outOfRange.put("pii_ors", 41L);
        assertThatThrownBy(() -> engine.complete("prevention", pi, "Task_FollowCourse", outOfRange))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("ORS");
        long requestId = ((Number) processEngine.getRuntimeService().getVariable(pi, "requestId")).longValue();

        List<RequestView.Contact> scored = engine.as("prevention", () -> courses.view(requestId,
                dk.trappen.casefile.AccessChannel.TASK)).contacts();
        assertThat(scored).extracting(RequestView.Contact::fitFlags).containsExactly(List.of(),
                List.of("SRS_BELOW_CUTOFF"), List.of("ORS_BELOW_CUTOFF", "ORS_FALLING"));

        ApiClient.assertProblem(http.get("pfor1", "/api/prevention/overview"), 403);
        ApiClient.Reply overview = http.get(LEADER, "/api/prevention/overview");
        assertThat(overview.status()).as(overview.body()).isEqualTo(200);
        JsonNode line = null;
        for (JsonNode c : overview.json().path("courses")) {
            if (c.path("number").asText().equals(course.getBusinessKey())) {
                line = c;
            }
        }
        assertThat(line).as("the course in the overview").isNotNull();
        assertThat(line.path("contactsUsed").asInt()).isEqualTo(3);
        assertThat(line.path("contactLimit").asInt()).isEqualTo(12);
        assertThat(line.path("fitFlags").toString()).contains("ORS_BELOW_CUTOFF", "ORS_FALLING");
        assertThat(overview.json().path("workers").toString()).contains("prevention", "Forældrevejledning", "\"maxFamilies\":12");

        // A child's ORS (under 13) is judged against 32: 31 is under it.
        engine.complete("prevention", pi, "Task_FollowCourse", child);
        assertThat(engine.as("prevention", () -> courses.view(requestId, dk.trappen.casefile.AccessChannel.TASK)).contacts())
                .last().satisfies(c -> assertThat(c.fitFlags()).contains("ORS_BELOW_CUTOFF"));
    }

    @Test
    void aCourseThatEndsWithWorriesSendsItsSummaryToTheAuthorityWithoutRetyping() {
        String pi = unit.runningCourse("Bertram Bekymrsen", LocalDate.now().minusYears(7), "pfor1",
                startMeeting("Bertram går i seng kl. 20.", 22, 34));
        ProcessInstance course = running(pi);
        engine.complete("pfor1", pi, "Task_FollowCourse", form("nextStep", "CLOSE"));
        assertThatThrownBy(() -> engine.complete("pfor1", pi, "Task_CloseCourse", form("goalsOutcome", "NOT_REACHED",
                "pii_recommendation", "Myndigheden bør undersøge.", "worriesRemain", true)))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("Bekymringsniveau");
        engine.complete("pfor1", pi, "Task_CloseCourse", form("goalsOutcome", "NOT_REACHED",
                "pii_recommendation", "Myndigheden bør undersøge familiens situation nærmere.", "worriesRemain", true,
                "concernLevel", "ILL_BEING"));
        engine.runDueJobs(pi);
        assertThat(course).hasPassed("Task_PassOnFromCourse", "EndEvent_CourseClosedPassedOn");
        long concernId = ((Number) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi).variableName("passedConcernId").singleResult().getValue()).longValue();
        var concern = engine.as("intake", () -> concerns.view(concernId, dk.trappen.casefile.AccessChannel.API));
        assertThat(concern.description()).contains("Bertram går i seng kl. 20.", "ikke nået", "ORS 22",
                "Myndigheden bør undersøge familiens situation nærmere.");
        assertThat(concern.child().name()).isEqualTo("Bertram Bekymrsen");
        assertThat(concern.concernLevel()).isEqualTo(ConcernLevel.ILL_BEING);
    }

    private ProcessInstance running(String processInstanceId) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }
}
