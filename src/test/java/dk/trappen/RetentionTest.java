package dk.trappen;

import static dk.trappen.testsupport.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import dk.trappen.casefile.AuditRetention;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data does not live forever: the engine's history goes when its model's time-to-live has
 * passed and Camunda's history cleanup runs (here: an anonymous counselling, 365 days), younger
 * history stays; the audit log of reads keeps its own retention (5 years).
 */
@TrappenTest
class RetentionTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    AuditRetention auditRetention;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        new EngineDriver(processEngine).resetClock();
    }

    /** An anonymous counselling (process earlyPrevention, historyTimeToLive P365D), given and ended now. */
    String counselling(ApiClient http, EngineDriver engine) throws Exception {
        ApiClient.Reply reply = http.post("prevention", "/api/prevention/requests", Map.of("anonymous", true, "topic", "DIVORCE"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        String pi = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(reply.json().path("number").asText()).singleResult().getId();
        engine.complete("prevention", pi, "Task_GiveAnonymousCounselling", form("counselledOn", LocalDate.now().toString(),
                "topic", "DIVORCE", "durationMinutes", 30L, "outcome", "ADVICE_GIVEN"));
        return pi;
    }

    long history(String processInstanceId) {
        return processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count()
                + processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).count();
    }

    @Test
    void engineHistoryPastItsTimeToLiveIsCleanedUpAndYoungerHistoryStays() throws Exception {
        ApiClient http = new ApiClient(port);
        EngineDriver engine = new EngineDriver(processEngine);
        Instant start = Instant.now();
        String old = counselling(http, engine);
        engine.setClock(start.plus(Duration.ofDays(200)));
        String young = counselling(http, engine);
        assertThat(history(old)).isPositive();

        engine.setClock(start.plus(Duration.ofDays(366)));
        Job cleanup = processEngine.getHistoryService().cleanUpHistoryAsync(true);
        processEngine.getManagementService().executeJob(cleanup.getId());

        assertThat(history(old)).as("older than 365 days: gone").isZero();
        assertThat(history(young)).as("200 days younger: kept").isPositive();
    }

    @Test
    void theAuditLogOfReadsKeepsItsOwnFiveYears() {
        Instant now = Instant.now();
        jdbc.update("insert into child_access_log (id, child_id, user_id, accessed_at, channel, purpose)"
                + " values (nextval('child_access_seq'), 1, 'cnord1', ?, 'API', 'Retentionsprøve gammel')",
                java.sql.Timestamp.from(now.minus(Duration.ofDays(6 * 366))));
        jdbc.update("insert into child_access_log (id, child_id, user_id, accessed_at, channel, purpose)"
                + " values (nextval('child_access_seq'), 1, 'cnord1', ?, 'API', 'Retentionsprøve ny')",
                java.sql.Timestamp.from(now.minus(Duration.ofDays(4 * 365))));
        auditRetention.purge();
        assertThat(jdbc.queryForList("select purpose from child_access_log where purpose like 'Retentionsprøve%'", String.class))
                .containsExactly("Retentionsprøve ny");
    }
}
