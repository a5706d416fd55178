package dk.trappen.prevention.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import dk.trappen.prevention.PreventionRequests;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.PreventionScenarios;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The unit's HTTP contract: {@code POST /api/prevention/requests} validated server-side (400
 * problem naming every field, nothing stored), who may read a request (audit-logged) and the
 * overview, and group courses created by the leader and joined beside an individual course.
 */
@TrappenTest
class PreventionApiTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    PreventionRequests requests;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    ApiClient http;
    PreventionScenarios unit;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        unit = new PreventionScenarios(new EngineDriver(processEngine), requests, id -> { });
    }

    @Test
    void aRequestWithoutWhatTheUnitNeedsIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        long before = jdbc.queryForObject("select count(*) from prevention_request", Long.class);
        ApiClient.Reply empty = http.post("prevention", "/api/prevention/requests", Map.of("anonymous", false));
        ApiClient.assertProblem(empty, 400);
        assertThat(ApiClient.errorFields(empty)).contains("wayIn", "child", "parentName", "familyContact", "topic", "description");

        Map<String, Object> professional = new HashMap<>(Map.of("wayIn", "PROFESSIONAL", "topic", "OTHER",
                "child", Map.of("name", "For Gammel", "birthDate", LocalDate.now().minusYears(19).toString()),
                "parentName", "Forælder", "familyContact", "12 34 56 78", "description", "Hjælp"));
        ApiClient.Reply noFamily = http.post("skolesystem", "/api/prevention/requests", professional);
        ApiClient.assertProblem(noFamily, 400);
        assertThat(ApiClient.errorFields(noFamily)).contains("referrerRole", "referrerOrganisation", "familyAgrees",
                "child.birthDate");
        assertThat(jdbc.queryForObject("select count(*) from prevention_request", Long.class)).isEqualTo(before);

        ApiClient.assertProblem(http.post("manager", "/api/prevention/requests", Map.of("anonymous", true, "topic", "OTHER")),
                403);
        ApiClient.Reply fromSchool = http.post("skolesystem", "/api/prevention/requests", Map.of("wayIn", "PROFESSIONAL",
                "topic", "SCHOOL_WELLBEING", "referrerRole", "SCHOOL", "referrerOrganisation", "Skovvejens Skole",
                "familyAgrees", true, "child", Map.of("name", "Skole Barnesen", "birthDate", "2015-01-15"),
                "parentName", "Mor Barnesen", "familyContact", "mor@example.dk", "description", "Fravær efter skilsmissen."));
        assertThat(fromSchool.status()).as(fromSchool.body()).isEqualTo(201);
        assertThat(fromSchool.headers().getLocation().getPath()).startsWith("/api/prevention/requests/");
    }

    @Test
    void onlyTheUnitReadsARequestEachReadIsLoggedAndOnlyItsLeaderSeesTheOverview() throws Exception {
        var registered = unit.family("Læse Barnesen", LocalDate.now().minusYears(6), "Læse Forælder", "Hjælp til rutiner.");
        String path = "/api/prevention/requests/" + registered.requestId();
        ApiClient.assertProblem(http.get("cnord1", path), 403);
        long childId = ((Number) processEngine.getRuntimeService().getVariable(registered.processInstanceId(), "childId"))
                .longValue();
        long reads = jdbc.queryForObject("select count(*) from child_access_log where child_id = ?", Long.class, childId);
        ApiClient.Reply read = http.get("pfor2", path);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("childName").asText()).isEqualTo("Læse Barnesen");
        assertThat(read.json().path("status").asText()).isEqualTo("NEW");
        assertThat(jdbc.queryForObject("select count(*) from child_access_log where child_id = ?", Long.class, childId))
                .isEqualTo(reads + 1);

        ApiClient.assertProblem(http.get("pfor2", "/api/prevention/overview"), 403);
        ApiClient.Reply overview = http.get("manager", "/api/prevention/overview");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains(registered.number()).doesNotContain("Læse");
    }

    @Test
    void theLeaderCreatesGroupCoursesAndAFamilyJoinsOneBesideItsIndividualCourse() throws Exception {
        Map<String, Object> teenager = Map.of("name", "Forstå din teenager (API-test)", "minAge", 12, "maxAge", 17,
                "startsOn", LocalDate.now().plusDays(10).toString(), "endsOn", LocalDate.now().plusDays(60).toString(),
                "seats", 10);
        ApiClient.assertProblem(http.post("pfor1", "/api/prevention/groups", teenager), 403);
        Map<String, Object> wrong = new HashMap<>(teenager);
        wrong.put("maxAge", 25);
        wrong.put("seats", 0);
        ApiClient.Reply refused = http.post(PreventionScenarios.LEADER, "/api/prevention/groups", wrong);
        ApiClient.assertProblem(refused, 400);
        assertThat(ApiClient.errorFields(refused)).contains("maxAge", "seats");
        ApiClient.Reply created = http.post(PreventionScenarios.LEADER, "/api/prevention/groups", teenager);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long teenagers = created.json().path("id").asLong();
        Map<String, Object> small = new HashMap<>(teenager);
        small.putAll(Map.of("name", "De Utrolige År (API-test)", "minAge", 3, "maxAge", 8));
        long youngChildren = http.post(PreventionScenarios.LEADER, "/api/prevention/groups", small).json().path("id").asLong();

        String pi = unit.runningCourse("Tenna Teenagesen", LocalDate.now().minusYears(14), "pfor2",
                PreventionScenarios.startMeeting("Tenna og mor taler sammen uden at råbe.", 27, 38));
        long courseId = ((Number) processEngine.getRuntimeService().getVariable(pi, "courseId")).longValue();
        long requestId = ((Number) processEngine.getRuntimeService().getVariable(pi, "requestId")).longValue();
        ApiClient.Reply tooOld = http.post("pfor2", "/api/prevention/courses/" + courseId + "/enrolments",
                Map.of("offerId", youngChildren));
        ApiClient.assertProblem(tooOld, 400);
        assertThat(tooOld.body()).contains("barnet er 14");
        ApiClient.Reply enrolled = http.post("pfor2", "/api/prevention/courses/" + courseId + "/enrolments",
                Map.of("offerId", teenagers));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        assertThat(enrolled.json().path("enrolled").asInt()).isEqualTo(1);
        ApiClient.Reply view = http.get("pfor2", "/api/prevention/requests/" + requestId);
        assertThat(view.json().path("courseKind").asText()).isEqualTo("INDIVIDUAL");
        assertThat(view.json().path("groupCourses").toString()).contains("Forstå din teenager (API-test)");
        ApiClient.Reply page = http.page(http.tasklistSession("pfor2"), "/app/prevention/requests/" + requestId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tenna Teenagesen", "Tenna og mor taler sammen uden at råbe.", "Individuelt forløb",
                "Forstå din teenager (API-test)", "ORS 27");
        assertThat(http.page(http.tasklistSession("cnord1"), "/app/prevention/requests/" + requestId).status())
                .as("the authority's caseworkers do not read the unit's requests").isEqualTo(403);
        assertThat(http.page(http.tasklistSession(PreventionScenarios.LEADER), "/app/prevention/overview").body())
                .contains("Tidlig Forebyggelse: oversigt", "Peter Familievejleder");
        assertThat(http.get("pfor2", "/api/prevention/groups").body()).contains("\"name\":\"Forstå din teenager (API-test)\"")
                .contains("\"seats\":10,\"enrolled\":1");
    }
}
