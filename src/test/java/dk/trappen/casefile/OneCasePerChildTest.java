package dk.trappen.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.RegisteredConcern;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several concerns about one child decided for an investigation at the same moment reach the
 * asynchronous "Opret sag" and "Undersøgelse startet i barnets sag" together, one job executor
 * thread each (or one node each): the child still gets one case and one running case process,
 * which takes every investigation. (Without the child's lock each job saw no case and opened its own.)
 */
@TrappenTest
class OneCasePerChildTest {

    private static final int CONCERNS = 3;

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    ChildCases cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concernsAboutOneChildOpeningItsCaseAtOnceOpenOneCaseWithOneProcess() throws Exception {
        EngineDriver engine = new EngineDriver(processEngine);
        for (int round = 0; round < 3; round++) {
            LocalDate born = LocalDate.of(2017, 2, 10 + round);
            String cpr = Concerns.newCpr(born);
            List<String> instances = new ArrayList<>();
            for (int i = 0; i < CONCERNS; i++) {
                RegisteredConcern concern = engine.as("intake", () -> concerns.register(Concerns.professional(cpr,
                        "Kapløbsbarn", born, OffsetDateTime.now().minusHours(1), ConcernLevel.SEVERE, false), null));
                instances.add(concern.processInstanceId());
            }
            for (String pi : instances) {
                engine.complete("intake", pi, "Task_AssessConcern", new HashMap<>(Map.of("acuteDanger", true,
                        "concernLevel", "SEVERE", "boundedProblem", false, "familyMotivated", false,
                        "pii_note", "Akut fare.")));
                engine.complete("lnord", pi, "Task_ActAcutely", new HashMap<>(Map.of("acuteAction", "OTHER",
                        "pii_note", "Barnet er i sikkerhed.")));
            }
            runTogether(instances); // "Opret sag"
            runTogether(instances); // "Undersøgelse startet i barnets sag"

            Long childId = jdbc.queryForObject("select child_id from concern where process_instance_id = ?", Long.class,
                    instances.get(0));
            List<Long> caseIds = jdbc.queryForList("select id from child_case where child_id = ?", Long.class, childId);
            assertThat(caseIds).as("round %d: cases of the child", round).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from concern where child_id = ? and case_id = ?", Long.class,
                    childId, caseIds.get(0))).isEqualTo(CONCERNS);
            String caseNumber = cases.ref(caseIds.get(0)).caseNumber();
            var processes = processEngine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(ChildCaseProcess.KEY).processInstanceBusinessKey(caseNumber).list();
            assertThat(processes).as("round %d: running processes of %s", round, caseNumber).hasSize(1);
            var tasks = processEngine.getTaskService().createTaskQuery().processInstanceId(processes.get(0).getId()).list();
            assertThat(tasks).extracting(task -> task.getTaskDefinitionKey()).as("one investigation per concern")
                    .containsExactlyInAnyOrder("Task_Investigate", "Task_InvestigateNewConcern", "Task_InvestigateNewConcern");
        }
    }

    /** Executes the one due job of each instance, all at the same moment on their own threads. */
    private void runTogether(List<String> instances) throws Exception {
        List<Job> jobs = instances.stream().map(pi -> processEngine.getManagementService().createJobQuery()
                .processInstanceId(pi).executable().singleResult()).toList();
        assertThat(jobs).doesNotContainNull();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Job job : jobs) {
                runs.add(pool.submit(() -> {
                    start.await();
                    processEngine.getManagementService().executeJob(job.getId());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
