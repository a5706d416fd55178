package dk.trappen.deadlines.web;

import static dk.trappen.testsupport.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.RegisteredConcern;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /api/teams/{id}/deadlines}: the team's overdue and coming deadlines, for its staff only. */
@TrappenTest
class TeamDeadlinesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;

    ApiClient http;
    EngineDriver engine;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        engine = new EngineDriver(processEngine);
    }

    @AfterEach
    void resetClock() {
        engine.resetClock();
    }

    boolean lists(JsonNode deadlines, String reference, String kind) {
        for (JsonNode deadline : deadlines) {
            if (reference.equals(deadline.path("reference").asText()) && kind.equals(deadline.path("kind").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aConcernsAssessmentIsComingThenOverdueInItsTeamsListOnly() throws IOException {
        LocalDate born = LocalDate.of(2017, 5, 5);
        RegisteredConcern concern = engine.as("intake", () -> concerns.register(Concerns.professional(Concerns.newCpr(born),
                "Fristbarn", born, OffsetDateTime.now().minusHours(1), ConcernLevel.ILL_BEING, false), null));

        JsonNode nord = http.get("lnord", "/api/teams/nord/deadlines").json();
        assertThat(lists(nord.path("coming"), concern.concernNumber(), "ASSESSMENT")).as(nord.toString()).isTrue();
        assertThat(lists(nord.path("coming"), concern.concernNumber(), "ACKNOWLEDGEMENT")).isTrue();
        assertThat(lists(nord.path("overdue"), concern.concernNumber(), "ASSESSMENT")).isFalse();
        assertThat(lists(http.get("lsyd", "/api/teams/syd/deadlines").json().path("coming"), concern.concernNumber(), "ASSESSMENT"))
                .as("another team's list").isFalse();

        engine.setClock(Instant.now().plus(Duration.ofHours(30)));
        JsonNode later = http.get("cnord2", "/api/teams/nord/deadlines").json();
        assertThat(lists(later.path("overdue"), concern.concernNumber(), "ASSESSMENT")).as(later.toString()).isTrue();

        assertProblem(http.get("csyd1", "/api/teams/nord/deadlines"), 403);
        assertProblem(http.get("skolesystem", "/api/teams/nord/deadlines"), 403);
        assertProblem(http.get("lnord", "/api/teams/vest/deadlines"), 404);
        assertThat(http.get("manager", "/api/teams/nord/deadlines").status()).isEqualTo(200);
        assertThat(http.get(null, "/api/teams/nord/deadlines").status()).isEqualTo(401);
    }
}
