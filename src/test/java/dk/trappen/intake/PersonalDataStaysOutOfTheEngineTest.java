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

    /** Completes every task with free text in every form field, down a path through most of the model. */
    private void runToTheEnd(String processInstanceId, String secretNote) {
        Map<String, Object> assessment = new HashMap<>(Map.of("acuteDanger", false, "concernLevel", "SEVERE",
                "boundedProblem", false, "familyMotivated", false, "pii_note", secretNote));
        engine.complete("intake", processInstanceId, "Task_AssessConcern", assessment);
        engine.complete("cnord1", processInstanceId, "Task_ChildConversation", Map.of("pii_note", secretNote));
        Map<String, Object> override = new HashMap<>(Map.of("route", "CLARIFICATION", "dialogueMeetingFirst", false,
                "pii_routeReason", secretNote));
        engine.complete("cnord1", processInstanceId, "Task_DecideRoute", override);
        engine.complete("cnord1", processInstanceId, "Task_Clarify", new HashMap<>(Map.of("concernLevel", "GENERAL_WELLBEING",
                "boundedProblem", false, "familyMotivated", false, "pii_note", secretNote)));
        engine.complete("cnord1", processInstanceId, "Task_DecideRoute", new HashMap<>(Map.of("route", "NO_FURTHER_ACTION",
                "dialogueMeetingFirst", false, "pii_adviceGiven", secretNote)));
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
