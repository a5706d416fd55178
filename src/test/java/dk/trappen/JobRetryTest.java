package dk.trappen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the retry cycle on the models' asynchronous steps means to the engine. A job that lost a
 * race with a user (both changed one instance; optimistic locking failed the job) must be tried
 * again within seconds, not after minutes; a job that keeps failing (a bug, a registry that is
 * down) is tried over an hour and more, then becomes an incident in Cockpit. Read from intake's
 * "Opret sag", run on a probe that always fails, by the engine's clock.
 */
@TrappenTest
class JobRetryTest {

    @Autowired
    ProcessEngine processEngine;

    String deploymentId;

    @AfterEach
    void cleanUp() {
        new EngineDriver(processEngine).resetClock();
        if (deploymentId != null) {
            processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
    }

    static String retryCycle(String model, String taskId) {
        ServiceTask task = Bpmn.readModelFromFile(Path.of(model).toFile()).getModelElementById(taskId);
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                .singleResult().getTextContent().trim();
    }

    @Test
    void aFailingStepIsTriedAgainAfterTenSecondsThenLongerAndEndsAsAnIncident() {
        String cycle = retryCycle("bpmn/intake.bpmn", "Task_OpenCase");
        BpmnModelInstance probe = Bpmn.createExecutableProcess("retryProbe").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Start").name("Start").sequenceFlowId("SequenceFlow_ToStep")
                .serviceTask("Task_Fails").name("Fejler").camundaAsyncBefore().camundaDelegateExpression("${failingStep}")
                .camundaFailedJobRetryTimeCycle(cycle).sequenceFlowId("SequenceFlow_ToEnd").endEvent("EndEvent_Done").name("Slut").done();
        deploymentId = processEngine.getRepositoryService().createDeployment().addModelInstance("retryProbe.bpmn", probe)
                .deploy().getId();
        EngineDriver engine = new EngineDriver(processEngine);
        Instant now = Instant.parse("2027-03-01T10:00:00Z");
        engine.setClock(now);
        String instance = processEngine.getRuntimeService().startProcessInstanceByKey("retryProbe").getId();

        List<Duration> waits = new ArrayList<>();
        Job job = job(instance);
        while (job.getRetries() > 0) {
            String id = job.getId();
            assertThatThrownBy(() -> processEngine.getManagementService().executeJob(id)).hasMessageContaining("failingStep");
            job = job(instance);
            if (job.getRetries() > 0) {
                waits.add(Duration.between(now, job.getDuedate().toInstant()));
                now = job.getDuedate().toInstant();
                engine.setClock(now);
            }
        }

        assertThat(waits).as("waits between tries, from the cycle %s", cycle).containsExactlyElementsOf(
                Arrays.stream(cycle.split(",")).map(Duration::parse).toList());
        assertThat(waits.get(0)).as("a job that lost a race is tried again at once, not minutes later")
                .isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count())
                .as("after the last try: an incident in Cockpit").isEqualTo(1);
    }

    Job job(String processInstanceId) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(processInstanceId).singleResult();
    }
}
