package dk.trappen.insight;

import static dk.trappen.testsupport.ApiClient.assertProblem;
import static dk.trappen.testsupport.ApiClient.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

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
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard over real HTTP: a granted measure moves the numbers it should, team leaders see
 * their team only, bad filters are refused naming the parameter, the CSV and the page carry the
 * same numbers, and Prometheus gets its metrics behind a login.
 */
@TrappenTest
class DashboardApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    Organisation organisation;

    static long stepCount(JsonNode dashboard, int step) {
        return dashboard.get("childrenPerStep").get(step).get("children").asLong();
    }

    static long movesUp(JsonNode dashboard, String month) {
        for (JsonNode row : dashboard.get("movesPerMonth")) {
            if (row.get("period").asText().equals(month)) {
                return row.get("up").asLong();
            }
        }
        throw new AssertionError("no month " + month + " in " + dashboard.get("movesPerMonth"));
    }

    @Test
    void aGrantedMeasureMovesTheNumbersAndTheCsvAndPageAgreeWithTheApi() throws Exception {
        ApiClient http = new ApiClient(port);
        Offer offer = organisation.runAs("owner", () -> catalogue.create(new OfferInput("Familiebehandling (overbliktest)", null,
                MeasureKind.FAMILY_TREATMENT, 2, 0, 17, 26, true)));
        JsonNode before = http.get("lnord", "/api/dashboard?team=nord").json();
        CaseScenarios scenarios = new CaseScenarios(new EngineDriver(processEngine), concerns);
        ProcessInstance pi = scenarios.planned(LocalDate.of(2018, 4, 4));
        scenarios.grant(pi, offer.id(), LocalDate.now(), 26L, "cnord1", "lnord");

        Reply reply = http.get("lnord", "/api/dashboard?team=nord");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode after = reply.json();
        assertThat(after.get("teams").toString()).isEqualTo("[\"nord\"]");
        assertThat(stepCount(after, 2)).isEqualTo(stepCount(before, 2) + 1);
        assertThat(after.get("networks").get("openCases").asLong()).isEqualTo(before.get("networks").get("openCases").asLong() + 1);
        String month = YearMonth.now().toString();
        assertThat(movesUp(after, month)).isEqualTo(movesUp(before, month) + 1);
        long openCases = 0;
        for (JsonNode step : after.get("childrenPerStep")) {
            openCases += step.get("children").asLong();
        }
        assertThat(openCases).as("every open case is on one step").isEqualTo(after.get("networks").get("openCases").asLong());
        assertThat(after.toString()).doesNotContain("Testbarn");

        Reply csv = http.get("lnord", "/api/dashboard/export.csv?team=nord");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.body()).as("UTF-8 with a byte-order mark, for Danish Excel").startsWith("\uFEFFdiagram;etiket;serie;værdi")
                .contains("indsatstrappen;2 " + after.get("childrenPerStep").get(2).get("name").asText() + ";børn;" + stepCount(after, 2));
        // Read back as a Danish spreadsheet does: four cells a row, every value a number with a decimal comma.
        java.util.List<String> rows = csv.body().substring(1).lines().skip(1).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            String[] cells = row.split(";", -1);
            assertThat(cells).as(row).hasSize(4);
            assertThat(cells[3]).as(row).matches("-?\\d+(,\\d{2})?");
        });
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("netværk (mål 2);møder pr. sag;gennemsnit;").contains(","));

        ApiClient.Session manager = http.webappLogin("manager", "cockpit");
        Reply page = http.page(manager.cookies(), "/dashboard");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"da\"", "Børn pr. trin på indsatstrappen nu", "/webjars/chart.js/4.5.1/dist/chart.umd.min.js",
                "\"teams\":[\"nord\",\"syd\"]");
        assertThat(http.page("", "/dashboard").status()).as("not signed in: to Cockpit's login").isEqualTo(302);
        Reply evaluation = http.page(manager.cookies(), "/dashboard/evaluation?quarter=2026-Q4");
        assertThat(evaluation.status()).isEqualTo(200);
        assertThat(evaluation.body()).contains("Kvartalsevaluering 2026-Q4", "4a", "@media print");
    }

    @Test
    void teamLeadersSeeTheirTeamAndBadFiltersAreRefusedNamingTheParameter() throws Exception {
        ApiClient http = new ApiClient(port);
        assertThat(http.get("lnord", "/api/dashboard?team=syd").status()).isEqualTo(403);
        assertThat(http.get("cnord1", "/api/dashboard").status()).as("caseworkers").isEqualTo(403);
        assertThat(http.get("manager", "/api/dashboard?team=nowhere").status()).isEqualTo(404);
        Reply badDate = http.get("manager", "/api/dashboard?from=30-11-2026");
        assertProblem(badDate, 400);
        assertThat(errorFields(badDate)).containsExactly("from");
        Reply backwards = http.get("manager", "/api/dashboard?from=2026-12-01&to=2026-01-01");
        assertProblem(backwards, 400);
        assertThat(errorFields(backwards)).containsExactly("from");
        Reply badQuarter = http.get("manager", "/api/dashboard/evaluation?quarter=Q4");
        assertProblem(badQuarter, 400);
        assertThat(errorFields(badQuarter)).containsExactly("quarter");
    }

    @Test
    void prometheusScrapesTasksByKindIncidentsAndTheIntakeCounterWithALogin() {
        ApiClient http = new ApiClient(port);
        assertThat(http.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        Reply metrics = http.get("manager", "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("trappen_tasks_open{", "kind=\"ASSESSMENT\"", "trappen_tasks_overdue{",
                "trappen_incidents_open", "trappen_concerns_received_total");
        assertThat(http.get(null, "/actuator/health").status()).as("health stays open for the load balancer").isEqualTo(200);
    }
}
