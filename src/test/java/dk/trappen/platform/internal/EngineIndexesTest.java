package dk.trappen.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job executor finds due jobs by the due-date index and a completion finds a task's subtasks by
 * index (EngineIndexes): the indexes exist, and every job has the due date the executor asks for.
 */
@TrappenTest
class EngineIndexesTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    DataSource dataSource;

    Set<String> indexes(String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String name : new String[] {table, table.toLowerCase()}) {
                try (ResultSet rs = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null) {
                            names.add(rs.getString("INDEX_NAME").toUpperCase());
                        }
                    }
                }
            }
        }
        return names;
    }

    @Test
    void theIndexesCamundasSchemaLacksExist() throws SQLException {
        for (String[] index : EngineIndexes.INDEXES) {
            assertThat(indexes(index[1])).as("indexes of %s", index[1]).contains(index[0]);
        }
    }

    @Test
    void anAsynchronousStepIsDueTheMomentItIsCreatedSoTheExecutorFindsItByDueDate() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
        assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
        String deployment = processEngine.getRepositoryService().createDeployment().addModelInstance("dueProbe.bpmn",
                Bpmn.createExecutableProcess("dueProbe").camundaHistoryTimeToLive(1).startEvent("StartEvent_Start").name("Start")
                        .sequenceFlowId("SequenceFlow_ToStep").serviceTask("Task_Step").name("Trin").camundaAsyncBefore()
                        .camundaDelegateExpression("${noOpStep}").camundaFailedJobRetryTimeCycle("R1/PT1M")
                        .sequenceFlowId("SequenceFlow_ToEnd").endEvent("EndEvent_Done").name("Slut").done()).deploy().getId();
        try {
            OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
            String instance = processEngine.getRuntimeService().startProcessInstanceByKey("dueProbe").getId();
            Job job = processEngine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
            assertThat(job.getDuedate()).as("an async job's due date").isNotNull()
                    .isAfter(java.util.Date.from(before.toInstant())).isBeforeOrEqualTo(new java.util.Date());
            assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance).executable().count())
                    .as("due at once").isOne();
        } finally {
            processEngine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }
}
