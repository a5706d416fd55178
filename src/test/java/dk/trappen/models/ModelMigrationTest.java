package dk.trappen.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.IntakeProcess;
import dk.trappen.intake.RegisteredConcern;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner moves running intakes to a version they deployed from Modeler: a renamed task
 * moves (same id); a task the new version lacks keeps its instances on the old version, working.
 * Each test deploys an edited copy of the real bpmn/intake.bpmn and puts the engine back after.
 */
@TrappenTest
class ModelMigrationTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    ModelDrift drift;
    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    EngineDriver engine;
    EditedModels models;
    ApiClient api;

    @BeforeEach
    void setUp() {
        engine = new EngineDriver(processEngine);
        models = new EditedModels(processEngine);
        api = new ApiClient(port);
    }

    RegisteredConcern waitingForAssessment() {
        RegisteredConcern concern = engine.as("intake", () -> concerns.register(Concerns.professional(ConcernLevel.ILL_BEING), null));
        assertThat(engine.task(concern.processInstanceId(), "Task_AssessConcern")).isNotNull();
        return concern;
    }

    ProcessDefinition latestIntake() {
        return processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(IntakeProcess.KEY)
                .latestVersion().singleResult();
    }

    String definitionOf(String processInstanceId) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getProcessDefinitionId();
    }

    double driftGauge() {
        return meters.get("trappen.model.drift").tag("model", IntakeProcess.KEY).gauge().value();
    }

    static Map<String, Object> assessment() {
        return Map.of("acuteDanger", false, "concernLevel", ConcernLevel.ILL_BEING.name(), "boundedProblem", true,
                "familyMotivated", true, "pii_note", "Vurderet efter flytningen.");
    }

    @Test
    void aRunningIntakeMovesToVersionTwoWithTheRenamedTaskAndItsTaskStillCompletes() throws Exception {
        ProcessDefinition v1 = latestIntake();
        RegisteredConcern concern = waitingForAssessment();
        assertThat(drift.drifted(IntakeProcess.KEY)).isFalse();
        assertThat(driftGauge()).isZero();

        ProcessDefinition v2 = models.deployEdited(IntakeProcess.KEY,
                xml -> xml.replace("name=\"Vurdér underretning\"", "name=\"Vurdér underretningen\""));
        try {
            assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
            // The owner's change is drift until the file is committed to bpmn/.
            assertThat(drift.drifted(IntakeProcess.KEY)).isTrue();
            assertThat(driftGauge()).isEqualTo(1.0);
            JsonNode details = api.get("owner", "/api/models/intake").json();
            JsonNode latest = details.path("versions").get(0);
            assertThat(latest.path("version").asInt()).isEqualTo(v2.getVersion());
            assertThat(latest.path("source").asText()).isEqualTo("MODELER");
            assertThat(latest.path("deployedBy").asText()).isEqualTo("owner");
            assertThat(latest.path("matchesCode").asBoolean()).isFalse();
            assertThat(details.path("versions").get(1).path("matchesCode").asBoolean()).isTrue();

            ApiClient.Reply proposed = api.post("owner", "/api/models/intake/migrations",
                    Map.of("fromVersion", v1.getVersion(), "toVersion", v2.getVersion(), "execute", false));
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
            JsonNode proposal = proposed.json().path("proposal");
            assertThat(proposal.path("problems").size()).isZero();
            assertThat(proposal.path("unmapped").size()).as(proposal.toString()).isZero();
            assertThat(proposal.path("moving").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(proposal.path("mapped").findValuesAsText("targetName")).contains("Vurdér underretningen");
            assertThat(definitionOf(concern.processInstanceId())).isEqualTo(v1.getId());

            ApiClient.Reply executed = api.post("owner", "/api/models/intake/migrations",
                    Map.of("fromVersion", v1.getVersion(), "toVersion", v2.getVersion(), "execute", true));
            assertThat(executed.status()).as(executed.body()).isEqualTo(202);
            String batchId = executed.json().path("batchId").asText();
            assertThat(processEngine.getManagementService().createBatchQuery().batchId(batchId).count()).isEqualTo(1);
            models.runBatch(batchId);

            assertThat(definitionOf(concern.processInstanceId())).isEqualTo(v2.getId());
            Task task = engine.task(concern.processInstanceId(), "Task_AssessConcern");
            // Camunda moves an open task as it is: its name (like its due date) is the one it was created with.
            assertThat(task.getName()).isEqualTo("Vurdér underretning");
            assertThat(task.getProcessDefinitionId()).isEqualTo(v2.getId());
            engine.complete("intake", concern.processInstanceId(), "Task_AssessConcern", assessment());
            assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processInstanceId(concern.processInstanceId()).activityId("Task_AssessConcern").finished().count())
                    .isEqualTo(1);
        } finally {
            models.undo(v2, v1);
        }
        assertThat(drift.drifted(IntakeProcess.KEY)).isFalse();
        assertThat(driftGauge()).isZero();
    }

    @Test
    void instancesWaitingOnATaskTheNewVersionLacksStayOnTheirVersionAndKeepWorking() throws Exception {
        ProcessDefinition v1 = latestIntake();
        RegisteredConcern concern = waitingForAssessment();
        ProcessDefinition v2 = models.deployEdited(IntakeProcess.KEY,
                xml -> xml.replaceAll("Task_AssessConcern(?![A-Za-z])", "Task_AssessReport"));
        try {
            ApiClient.Reply proposed = api.post("owner", "/api/models/intake/migrations",
                    Map.of("fromVersion", v1.getVersion(), "toVersion", v2.getVersion(), "execute", false));
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
            JsonNode proposal = proposed.json().path("proposal");
            JsonNode unmapped = proposal.path("unmapped");
            assertThat(unmapped.findValuesAsText("activityId")).contains("Task_AssessConcern");
            assertThat(unmapped.findValuesAsText("name")).contains("Vurdér underretning");
            assertThat(proposal.path("staying").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(proposal.path("mapped").findValuesAsText("sourceId")).doesNotContain("Task_AssessConcern");

            ApiClient.Reply executed = api.post("owner", "/api/models/intake/migrations",
                    Map.of("fromVersion", v1.getVersion(), "toVersion", v2.getVersion(), "execute", true));
            if (proposal.path("moving").asLong() == 0) {
                // Nothing can move: the plan is refused, naming the field.
                ApiClient.assertProblem(executed, 400);
                assertThat(ApiClient.errorFields(executed)).containsExactly("fromVersion");
            } else {
                // Other intakes of the suite may move; the one waiting on the removed task is left out.
                assertThat(executed.status()).as(executed.body()).isEqualTo(202);
                models.runBatch(executed.json().path("batchId").asText());
            }

            assertThat(definitionOf(concern.processInstanceId())).isEqualTo(v1.getId());
            engine.complete("intake", concern.processInstanceId(), "Task_AssessConcern", assessment());
            assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processInstanceId(concern.processInstanceId()).activityId("Task_AssessConcern").finished().count())
                    .isEqualTo(1);
        } finally {
            models.undo(v2, v1);
        }
    }

    @Test
    void aBadProposalIsRefusedNamingTheField() throws Exception {
        int latest = latestIntake().getVersion();
        ApiClient.Reply same = api.post("owner", "/api/models/intake/migrations",
                Map.of("fromVersion", latest, "toVersion", latest, "execute", true));
        ApiClient.assertProblem(same, 400);
        assertThat(ApiClient.errorFields(same)).containsExactly("toVersion");

        ApiClient.Reply unknown = api.post("owner", "/api/models/intake/migrations",
                Map.of("fromVersion", latest + 40, "toVersion", latest, "execute", false));
        ApiClient.assertProblem(unknown, 400);
        assertThat(ApiClient.errorFields(unknown)).containsExactly("fromVersion");

        ApiClient.Reply missing = api.post("owner", "/api/models/intake/migrations", Map.of("toVersion", latest));
        ApiClient.assertProblem(missing, 400);
        assertThat(ApiClient.errorFields(missing)).containsExactly("fromVersion");

        ApiClient.Reply unknownField = api.post("owner", "/api/models/intake/migrations", Map.of("from", 1));
        ApiClient.assertProblem(unknownField, 400);
        assertThat(ApiClient.errorFields(unknownField)).containsExactly("from");

        ApiClient.assertProblem(api.post("owner", "/api/models/nothing/migrations",
                Map.of("fromVersion", 1, "toVersion", 2)), 404);
        ApiClient.assertProblem(api.post("cnord1", "/api/models/intake/migrations",
                Map.of("fromVersion", 1, "toVersion", 2)), 403);
        ApiClient.assertProblem(api.get("manager", "/api/models"), 403);
        assertThat(api.get("admin", "/api/models").status()).isEqualTo(200);
    }
}
