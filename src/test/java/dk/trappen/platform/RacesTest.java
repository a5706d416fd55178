package dk.trappen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.RegisteredConcern;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Two people (or a double click) complete the same task at the same moment, over the REST API or in
 * Tasklist: one wins, the other is told clearly that someone else was first (409, or 404 when the
 * task is already gone); never a 500, never two completions.
 */
@TrappenTest
class RacesTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    dk.trappen.staircase.OfferCatalogue catalogue;
    @Autowired
    dk.trappen.organisation.Organisation organisation;

    /** Over the REST API, and in Tasklist (two tabs of one user: the webapp's own engine API). */
    @ParameterizedTest
    @ValueSource(strings = {"engine-rest", "tasklist"})
    void theSameTaskCompletedTwiceAtOnceIsCompletedOnce(String path) throws Exception {
        ApiClient http = new ApiClient(port);
        EngineDriver engine = new EngineDriver(processEngine);
        List<ApiClient.Session> tabs = path.equals("tasklist") ? List.of(http.tasklistLogin("intake"), http.tasklistLogin("intake")) : null;
        for (int round = 0; round < Integer.getInteger("races.rounds", 5); round++) {
            LocalDate born = LocalDate.of(2015, 3, 3).plusDays(round);
            String name = "Racer " + round;
            RegisteredConcern concern = engine.as("intake", () -> concerns.register(Concerns.professional(Concerns.newCpr(born),
                    name, born, OffsetDateTime.now().minusHours(1), ConcernLevel.SEVERE, false), null));
            Task task = engine.task(concern.processInstanceId(), "Task_AssessConcern");
            Map<String, Object> variables = Map.of("variables", Map.of(
                    "acuteDanger", Map.of("value", false), "concernLevel", Map.of("value", "SEVERE"),
                    "boundedProblem", Map.of("value", false), "familyMotivated", Map.of("value", false),
                    "pii_note", Map.of("value", "Vurderet to gange på én gang.")));
            String body = ApiClient.json(variables);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ApiClient.Session tab = tabs == null ? null : tabs.get(i);
                replies.add(pool.submit(() -> {
                    start.await();
                    return tab == null
                            ? http.send(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", "intake", "demo",
                                    body, h -> { })
                            : http.postInSession(tab, "/camunda/api/engine/engine/default/task/" + task.getId() + "/complete",
                                    variables);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                Reply r = reply.get();
                statuses.add(r.status());
                bodies.add(r.body());
                if (r.status() >= 300) {
                    assertThat(r.body()).as("a clear answer, no stack trace").doesNotContain("\tat ", "Exception:");
                }
            }
            pool.shutdown();
            assertThat(statuses).as("round %d: %s", round, bodies).containsOnlyOnce(204).allMatch(s -> s == 204 || s == 409 || s == 404);
            assertThat(processEngine.getHistoryService().createHistoricTaskInstanceQuery()
                    .processInstanceId(concern.processInstanceId()).taskDefinitionKey("Task_AssessConcern").count()).isOne();
            assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(concern.processInstanceId())
                    .taskDefinitionKey("Task_DecideRoute").count()).as("the next task exists once").isOne();
        }
    }

    @Test
    void theSameMessageSentTwiceAtOnceTakesEffectOnce() throws Exception {
        ApiClient http = new ApiClient(port);
        EngineDriver engine = new EngineDriver(processEngine);
        var offer = organisation.runAs("owner", () -> catalogue.create(new dk.trappen.staircase.OfferInput(
                "Intensiv (kapløb)", null, dk.trappen.staircase.MeasureKind.INTENSIVE_HOME_INTERVENTION, 3, 0, 17, 12, true)));
        var scenarios = new dk.trappen.testsupport.CaseScenarios(engine, concerns);
        for (int round = 0; round < Integer.getInteger("races.rounds", 3); round++) {
            var pi = scenarios.planned(LocalDate.of(2019, 6, 6).plusDays(round));
            scenarios.grant(pi, offer.id(), LocalDate.now(), 12L, "cnord1", "lnord");
            String iv = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                    .singleResult().getId();
            engine.complete("lnord", iv, "Task_ComposeTeam", Map.of("atRiskOfPlacement", "true",
                    "followUpCaseworker", "cnord2", "therapist1", "therapist", "therapist2", "therapist2"));
            long id = ((Number) processEngine.getRuntimeService().getVariable(iv, "interventionId")).longValue();
            String body = ApiClient.json(Map.of("reason", "ACUTE_SITUATION", "note", "Akut situation i hjemmet."));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Reply>> replies = new ArrayList<>();
            for (String user : List.of("therapist", "therapist2")) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return http.send(HttpMethod.POST, "/api/interventions/" + id + "/early-end", user, "demo", body, h -> { });
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                Reply r = reply.get();
                statuses.add(r.status());
                if (r.status() >= 300) {
                    assertThat(r.body()).as("problem+json, no stack trace").contains("\"status\":409").doesNotContain("\tat ");
                }
            }
            pool.shutdown();
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
            assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(iv)
                    .taskDefinitionKey("Task_DecideNext").count()).as("the decision task exists once").isOne();
        }
    }
}
