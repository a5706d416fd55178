package dk.trappen.casefile.web;

import static dk.trappen.testsupport.ApiClient.assertProblem;
import static dk.trappen.testsupport.ApiClient.errorFields;
import static dk.trappen.testsupport.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.intake.ConcernService;
import dk.trappen.organisation.Organisation;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.Offer;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.staircase.OfferInput;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import dk.trappen.testsupport.CaseScenarios;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case over real HTTP: {@code GET /api/children/{id}/case} (with its audit row),
 * {@code GET /api/caseload}, {@code PUT /api/cases/{id}/caseworker}, the case page, and the
 * refusals: anonymous, another team, bad input, a caseworker already at the maximum.
 */
@TrappenTest
class CaseApiTest {

    @LocalServerPort
    int port;
    @Autowired
    dk.trappen.casefile.CaseloadProperties caseload;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    Organisation organisation;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient http;
    EngineDriver engine;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        engine = new EngineDriver(processEngine);
    }

    /** A team nord child whose case has an investigation, a plan and a granted step-2 measure. */
    ProcessInstance caseWithMeasure() {
        Offer offer = organisation.runAs("owner", () -> catalogue.create(new OfferInput("KIFF (API-test)", null,
                MeasureKind.FAMILY_TREATMENT, 2, 0, 17, 16, true)));
        LocalDate born = LocalDate.of(2018, 9, 9);
        ProcessInstance pi = new CaseScenarios(engine, concerns).fromIntake(Concerns.newCpr(born), "Noah Testesen", born,
                OffsetDateTime.now().minusHours(5), Map.of());
        engine.complete("cnord1", pi.getId(), "Task_Investigate", form("pii_childHeardOn", LocalDate.now().toString(),
                "pii_childRulerCategory", "3", "recommendedStep", "2", "pii_conclusion", "Behov for familiebehandling."));
        engine.complete("cnord1", pi.getId(), "Task_WritePlan", form(
                "pii_childGoal1", "Noah sover i egen seng.", "pii_childGoal1Progress", "Fem nætter om ugen.",
                "pii_childGoal1TargetDate", LocalDate.now().plusMonths(4).toString(),
                "pii_parentGoal1", "Faste sengetider.", "pii_parentGoal1Progress", "Sengetid kl. 19.30.",
                "pii_parentGoal1TargetDate", LocalDate.now().plusMonths(2).toString()));
        engine.complete("cnord1", pi.getId(), "Task_ChooseMeasure", form("offerId", String.valueOf(offer.id()),
                "pii_childHeardOn", java.time.LocalDate.now().toString(),
                "pii_measureStartDate", LocalDate.now().toString(), "pii_measureDurationWeeks", 16L,
                "pii_measurePurpose", "Støtte til forældrenes struktur."));
        engine.decideToGrantIfAsked(pi.getId());
        return pi;
    }

    long variable(ProcessInstance pi, String name) {
        return ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), name)).longValue();
    }

    long accessRows(long childId) {
        return jdbc.queryForObject("select count(*) from child_access_log where child_id = ? and channel = 'API'",
                Long.class, childId);
    }

    @Test
    void theCaseOverviewShowsTheChildStepMeasuresPlanDeadlinesAndHistoryAndIsAuditLogged() throws IOException {
        ProcessInstance pi = caseWithMeasure();
        long childId = variable(pi, "childId");
        long before = accessRows(childId);

        Reply reply = http.get("cnord2", "/api/children/" + childId + "/case");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode overview = reply.json();
        assertThat(overview.path("child").path("name").asText()).isEqualTo("Noah Testesen");
        assertThat(overview.path("caseInfo").path("ref").path("caseNumber").asText()).isEqualTo(pi.getBusinessKey());
        assertThat(overview.path("caseInfo").path("ref").path("caseworker").asText()).isEqualTo("cnord1");
        assertThat(overview.path("currentStep").asInt()).isEqualTo(2);
        assertThat(overview.path("activeMeasures")).singleElement().satisfies(measure -> {
            assertThat(measure.path("offerName").asText()).isEqualTo("KIFF (API-test)");
            assertThat(measure.path("status").asText()).isEqualTo("GRANTED");
            assertThat(measure.path("legalBasis").asText()).isEqualTo("Barnets lov § 32 stk. 1 nr. 5");
        });
        assertThat(overview.path("currentPlan").path("version").asInt()).isEqualTo(1);
        assertThat(overview.path("currentPlan").path("goals")).extracting(goal -> goal.path("party").asText())
                .containsExactly("CHILD", "PARENTS");
        assertThat(overview.path("nextDeadlines")).extracting(d -> d.path("task").asText())
                .contains("Følg sagen", "Afslut eller forlæng indsats");
        assertThat(overview.path("staircaseHistory")).singleElement()
                .satisfies(move -> assertThat(move.path("toStep").asInt()).isEqualTo(2));
        assertThat(overview.path("investigations")).hasSize(1);
        assertThat(accessRows(childId)).as("the read is audit-logged").isEqualTo(before + 1);

        // The same overview, in Danish, next to every task of the case.
        Reply page = http.page(http.tasklistSession("cnord1"), "/app/cases/" + variable(pi, "caseId"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Noah Testesen", "KIFF (API-test)", "Barnets lov § 32 stk. 1 nr. 5",
                "Noah sover i egen seng.", "0 → 2 (op)", "Følg sagen");
        // A deadline on a day (the measure's expected end, 16 weeks on) reads as that day, never the next "kl. 00:00".
        assertThat(page.body()).contains("<td>Afslut eller forlæng indsats</td><td>"
                + dk.trappen.platform.HtmlPage.day(LocalDate.now().plusWeeks(16)) + "</td>").doesNotContain("kl. 00:00");
        // Who did what reads as a name, never a user id (issue 20).
        String name = organisation.displayName("cnord1");
        assertThat(name).isNotEqualTo("cnord1");
        assertThat(page.body()).contains("Ansvarlig rådgiver", name + " (team nord)").doesNotContain("· cnord1 ·", ">cnord1<");
    }

    @Test
    void anotherTeamAnUnknownChildAndAnonymousCallersAreRefused() throws IOException {
        ProcessInstance pi = caseWithMeasure();
        long childId = variable(pi, "childId");
        String reads = "select count(*) from child_access_log where child_id = ? and purpose not like 'AFVIST:%'";
        long before = jdbc.queryForObject(reads, Long.class, childId);
        String refusals = "select count(*) from child_access_log where child_id = ? and user_id = 'csyd1' and purpose like 'AFVIST:%'";
        long refusedBefore = jdbc.queryForObject(refusals, Long.class, childId);

        assertProblem(http.get("csyd1", "/api/children/" + childId + "/case"), 403);
        assertProblem(http.get("cnord1", "/api/children/999999999/case"), 404);
        assertThat(http.get(null, "/api/children/" + childId + "/case").status()).isEqualTo(401);
        assertThat(http.page(http.tasklistSession("csyd1"), "/app/cases/" + variable(pi, "caseId")).status()).isEqualTo(403);
        // A refused read reads nothing, but the attempt is logged (issue 19): an AFVIST row per refusal.
        assertThat(jdbc.queryForObject(reads, Long.class, childId)).as("a refused read reads nothing").isEqualTo(before);
        assertThat(jdbc.queryForObject(refusals, Long.class, childId)).as("the attempts, API and page").isEqualTo(refusedBefore + 2);
    }

    @Test
    void caseloadIsPerCaseworkerAgainstTargetAndMaxForTheUsersTeams() throws IOException {
        caseWithMeasure();
        Reply leader = http.get("lnord", "/api/caseload");
        assertThat(leader.status()).as(leader.body()).isEqualTo(200);
        assertThat(leader.json()).extracting(entry -> entry.path("caseworker").asText()).containsExactly("cnord1", "cnord2");
        JsonNode cnord1 = leader.json().get(0);
        assertThat(cnord1.path("openCases").asLong()).isPositive();
        assertThat(cnord1.path("target").asInt()).isEqualTo(25);
        assertThat(cnord1.path("max").asInt()).isEqualTo(caseload.max()); // 30 in application.yml; higher in tests
        assertThat(cnord1.path("level").asText()).isIn("BELOW_TARGET", "AT_TARGET", "AT_MAX");

        assertThat(http.get("manager", "/api/caseload").json()).extracting(entry -> entry.path("caseworker").asText())
                .contains("cnord1", "cnord2", "csyd1", "csyd2");
        assertThat(http.get("csyd1", "/api/caseload").json()).extracting(entry -> entry.path("teamId").asText())
                .containsOnly("syd");
        assertProblem(http.get("skolesystem", "/api/caseload"), 403);
    }

    @Test
    void aCaseMovesToAnotherCaseworkerWithItsOpenTasksAndBadInputChangesNothing() throws IOException {
        ProcessInstance pi = caseWithMeasure();
        String path = "/api/cases/" + variable(pi, "caseId") + "/caseworker";

        assertThat(errorFields(badRequest(http.put("cnord1", path, Map.of("caseworker", "csyd1"))))).containsExactly("caseworker");
        assertThat(errorFields(badRequest(http.put("cnord1", path, Map.of())))).containsExactly("caseworker");
        assertProblem(http.put("csyd1", path, Map.of("caseworker", "csyd2")), 403);
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskAssignee("cnord1").count())
                .as("nothing moved yet").isEqualTo(2);

        Reply moved = http.put("cnord1", path, Map.of("caseworker", "cnord2"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("caseworker").asText()).isEqualTo("cnord2");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskAssignee("cnord2").count())
                .as("the case's open tasks follow it").isEqualTo(2);
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "caseworker")).isEqualTo("cnord2");
    }

    @Test
    void theChildsSupportPersonIsRecordedByTheCasesTeamAndShownOnTheCasePage() throws IOException {
        ProcessInstance pi = caseWithMeasure();
        String path = "/api/cases/" + variable(pi, "caseId") + "/support-person";

        assertThat(errorFields(badRequest(http.put("cnord1", path, Map.of("name", "  "))))).containsExactly("name");
        assertThat(errorFields(badRequest(http.put("cnord1", path, Map.of("name", "x".repeat(201), "relation", "r".repeat(201))))))
                .containsExactlyInAnyOrder("name", "relation");
        assertProblem(http.put("csyd1", path, Map.of("name", "Ole Bisidder")), 403);
        assertThat(http.page(http.tasklistSession("cnord1"), "/app/cases/" + variable(pi, "caseId")).body())
                .as("nothing stored").doesNotContain("Barnets bisidder");

        Reply recorded = http.put("cnord1", path, Map.of("name", " Ole Bisidder ", "relation", "Fodboldtræner",
                "contact", "ole@example.dk"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().path("name").asText()).isEqualTo("Ole Bisidder");
        String page = http.page(http.tasklistSession("cnord1"), "/app/cases/" + variable(pi, "caseId")).body();
        assertThat(page).contains("Barnets bisidder", "Ole Bisidder (Fodboldtræner)", "Barnets lov § 6");
        assertThat(http.get("cnord1", "/api/children/" + variable(pi, "childId") + "/case").json()
                .path("supportPerson").path("name").asText()).isEqualTo("Ole Bisidder");
    }

    @Test
    void theCasePageStartsSupportBesideTheRunningInvestigationForTheCasesTeamOnly() throws IOException {
        LocalDate born = LocalDate.of(2016, 4, 4);
        ProcessInstance pi = new CaseScenarios(engine, concerns).fromIntake(Concerns.newCpr(born), "Alma Testesen", born,
                OffsetDateTime.now().minusHours(3), Map.of());
        long caseId = variable(pi, "caseId");
        String session = http.tasklistSession("cnord1");
        String page = http.page(session, "/app/cases/" + caseId).body();
        assertThat(page).contains("Støtte under undersøgelsen", "Iværksæt støtte under undersøgelsen", "§ 32 stk. 4");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(page);
        assertThat(token.find()).as("the form carries the page's token").isTrue();

        Reply forged = http.postForm(session, "/app/cases/" + caseId + "/measure-alongside", "");
        assertThat(forged.status()).as("without the page's token").isEqualTo(403);
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ChooseMeasure").count()).as("nothing started").isZero();
        assertProblem(http.post("csyd1", "/api/cases/" + caseId + "/measure-alongside-investigation", Map.of()), 403);

        Reply started = http.postForm(session, "/app/cases/" + caseId + "/measure-alongside", "csrf=" + token.group(1));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.body()).contains("Vælg indsats", "Tasklist");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ChooseMeasure").count()).isEqualTo(1);
        assertThat(http.page(session, "/app/cases/" + caseId).body()).as("one at a time")
                .doesNotContain("Iværksæt støtte under undersøgelsen");
        assertProblem(http.post("cnord1", "/api/cases/" + caseId + "/measure-alongside-investigation", Map.of()), 409);
    }

    @Test
    void tasklistGetsA400WithTheDanishReasonWhenAFormIsRefused() throws IOException {
        ProcessInstance pi = caseWithMeasure();
        String taskId = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_FollowCase").singleResult().getId();
        Map<String, Object> variables = Map.of("variables", Map.of(
                "caseAction", Map.of("value", "CLOSE_CASE", "type", "String"),
                "pii_closeReason", Map.of("value", "Familien klarer sig.", "type", "String")));

        for (String endpoint : new String[] {"submit-form", "complete"}) {
            Reply refused = http.post("cnord1", "/engine-rest/task/" + taskId + "/" + endpoint, variables);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().path("message").asText())
                    .isEqualTo("Ugyldige oplysninger: Næste skridt: sagen har 1 indsats, der ikke er afsluttet: afslut dem først");
            assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("Næste skridt");
        }
        // Tasklist itself submits through the webapp's engine API, in the signed-in session.
        Reply inTasklist = http.postInSession(http.tasklistLogin("cnord1"),
                "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", variables);
        assertThat(inTasklist.status()).as(inTasklist.body()).isEqualTo(400);
        assertThat(inTasklist.json().path("message").asText())
                .isEqualTo("Ugyldige oplysninger: Næste skridt: sagen har 1 indsats, der ikke er afsluttet: afslut dem først");
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).count()).as("nothing changed").isEqualTo(1);
        // A task that is gone (completed a moment earlier by a colleague) is "already done": 404, not 500.
        Reply missing = http.post("cnord1", "/engine-rest/task/no-such-task/complete", Map.of());
        assertThat(missing.json().path("type").asText()).as(missing.body()).isEqualTo("TaskNotFound");
        assertThat(missing.status()).isEqualTo(404);
        Reply missingInTasklist = http.postInSession(http.tasklistLogin("cnord1"),
                "/camunda/api/engine/engine/default/task/no-such-task/submit-form", variables);
        assertThat(missingInTasklist.status()).as(missingInTasklist.body()).isEqualTo(404);
        assertThat(missingInTasklist.json().path("message").asText()).startsWith("Opgaven findes ikke længere");
    }

    private static Reply badRequest(Reply reply) throws IOException {
        assertProblem(reply, 400);
        return reply;
    }

    @Test
    void aCaseworkerAtTheMaximumGetsAnotherCaseOnlyFromTheTeamLeader() throws IOException {
        ProcessInstance pi = caseWithMeasure();
        String path = "/api/cases/" + variable(pi, "caseId") + "/caseworker";
        long childId = variable(pi, "childId");
        long open = jdbc.queryForObject("select count(*) from child_case where caseworker = 'cnord2' and status = 'OPEN'", Long.class);
        // Fill cnord2 up to the maximum with cases of this child (the table has no one-open-case rule).
        for (long i = open; i < caseload.max(); i++) {
            jdbc.update("insert into child_case (id, child_id, team_id, status, opened_at, opened_by, caseworker) "
                    + "values (?, ?, 'nord', 'OPEN', current_timestamp, 'cnord2', 'cnord2')", 990_000_000L + i, childId);
        }
        try {
            Reply refused = http.put("cnord1", path, Map.of("caseworker", "cnord2"));
            assertProblem(refused, 403);
            assertThat(refused.json().path("detail").asText()).contains("kun teamlederen");

            Reply byLeader = http.put("lnord", path, Map.of("caseworker", "cnord2"));
            assertThat(byLeader.status()).as(byLeader.body()).isEqualTo(200);
        } finally {
            jdbc.update("delete from case_note where case_id >= 990000000");
            jdbc.update("delete from child_case where id >= 990000000");
        }
    }
}
