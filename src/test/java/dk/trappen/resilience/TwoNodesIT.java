package dk.trappen.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpMethod;

/**
 * Two application processes on one PostgreSQL database, both with the job executor on, as behind a
 * load balancer: requests alternate between the nodes. Every timer and every asynchronous step runs
 * once (counted by its effects and in the job log, where both nodes appear), several concerns about
 * one child racing to "Opret sag" on both nodes open one case, and a task completed on one node is
 * gone on the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final int CHILDREN = 8;
    private static final int CONCERNS_PER_CHILD = 3;
    private static final int CONCERNS = CHILDREN * CONCERNS_PER_CHILD;
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration JOBS = Duration.ofSeconds(60);

    private static ItDatabase database;
    private static AppNode a;
    private static AppNode b;
    private static ApiClient[] nodes;
    private static final List<JsonNode> concerns = new ArrayList<>();

    @BeforeAll
    static void twoNodes() throws Exception {
        database = ItDatabase.create("twonodes");
        // One after the other: the first start on an empty database creates the engine's schema
        // (see docs/operations.md); a node joining a running cluster starts on an existing one.
        a = new AppNode("node-a", database).start().awaitReady(START);
        b = new AppNode("node-b", database).start().awaitReady(START);
        nodes = new ApiClient[] {new ApiClient(a.port()), new ApiClient(b.port())};
    }

    @AfterAll
    static void stop() throws Exception {
        try (ItDatabase db = database; AppNode first = a; AppNode second = b) {
            // closed in reverse order: the nodes first, then their database
        }
    }

    /** The node a round-robin load balancer would send request {@code i} to. */
    private static ApiClient node(int i) {
        return nodes[i % 2];
    }

    @Test
    @Order(1)
    void timersAndAsynchronousStepsRunOnceAcrossBothNodes() throws Exception {
        // Received three days ago and registered now: the 24-hour assessment deadline has passed,
        // so every concern's escalation timer is due the moment it is created.
        OffsetDateTime receivedAt = OffsetDateTime.now().minusDays(3);
        List<Reply> registered = parallel(CONCERNS, i -> () -> {
            int child = i % CHILDREN;
            // Children under 12: Team Nord, whose leader lnord acts in acute danger.
            Map<String, Object> body = Payloads.concern(Payloads.child(LocalDate.of(2016, 3, 1), child), i % 2 == 0, receivedAt);
            return CrashIT.post(node(i), i % 2 == 0 ? "skolesystem" : "intake", "two-nodes-" + i, body);
        });
        for (Reply reply : registered) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            concerns.add(reply.json());
        }
        assertThat(database.count("select count(distinct child_id) from concern")).isEqualTo(CHILDREN);

        awaitCount("select count(*) from act_ru_task where task_def_key_ = 'Task_HandleLateAssessment'", CONCERNS);

        // Intake assesses every concern as acute danger on one node or the other ...
        List<Reply> assessed = parallel(CONCERNS, i -> () -> complete(node(i), "intake", pi(i), "Task_AssessConcern",
                Payloads.completion("acuteDanger", true, "concernLevel", "SEVERE", "boundedProblem", false,
                        "familyMotivated", false, "pii_note", "Akut fare vurderet.")));
        assessed.forEach(reply -> assertThat(reply.status()).as(reply.body()).isEqualTo(204));
        // ... and the team leader acts on all of them at once, so the three concerns of each child
        // reach the asynchronous "Opret sag" together, on both nodes' job executors.
        List<Reply> acted = parallel(CONCERNS, i -> () -> complete(node(i + 1), "lnord", pi(i), "Task_ActAcutely",
                Payloads.completion("acuteAction", "OTHER", "pii_note", "Barnet er i sikkerhed hos bedsteforældrene.")));
        acted.forEach(reply -> assertThat(reply.status()).as(reply.body()).isEqualTo(204));

        awaitCount("select count(*) from concern where case_id is not null", CONCERNS);
        awaitCount("""
                select count(*) from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_
                where d.key_ = 'childCase' and t.task_def_key_ in ('Task_Investigate', 'Task_InvestigateNewConcern')""", CONCERNS);
        awaitCount("select count(*) from act_ru_job where handler_type_ = 'async-continuation'", 0);

        // One case per child, and every concern of the child points to it.
        assertThat(database.rows("select child_id, count(*) as cases from child_case group by child_id having count(*) <> 1"))
                .as("children with more or fewer than one case").isEmpty();
        assertThat(database.count("select count(*) from child_case")).isEqualTo(CHILDREN);
        assertThat(database.count("""
                select count(*) from concern c join child_case k on k.id = c.case_id and k.child_id = c.child_id""")).isEqualTo(CONCERNS);
        // One running childCase per case, with one investigation per concern (the first starts the
        // case's process, the others arrive as "Ny undersøgelse besluttet").
        assertThat(database.rows("""
                select e.business_key_, count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
                where d.key_ = 'childCase' and e.id_ = e.proc_inst_id_ group by e.business_key_ having count(*) <> 1"""))
                .as("cases with more than one process").isEmpty();
        assertThat(database.count("""
                select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
                where d.key_ = 'childCase' and e.id_ = e.proc_inst_id_""")).isEqualTo(CHILDREN);
        assertThat(database.count("select count(*) from act_ru_task where task_def_key_ = 'Task_Investigate'")).isEqualTo(CHILDREN);
        assertThat(database.count("select count(*) from act_ru_task where task_def_key_ = 'Task_InvestigateNewConcern'"))
                .isEqualTo(CONCERNS - CHILDREN);

        // Each concern's assessment timer fired once: one escalation each.
        assertThat(database.count("select count(*) from act_hi_taskinst where task_def_key_ = 'Task_HandleLateAssessment'"))
                .isEqualTo(CONCERNS);
        assertThat(database.count("select count(distinct proc_inst_id_) from act_hi_taskinst where task_def_key_ = 'Task_HandleLateAssessment'"))
                .isEqualTo(CONCERNS);

        // The job log, per node; then: no job succeeded twice, and every job the test's instances
        // created either succeeded once or waits, unfailed, for a due date still to come (the
        // acknowledgement deadlines).
        Map<String, Long> byNode = database.rows("""
                        select hostname_, count(*) as jobs from act_hi_job_log where job_state_ = 2 group by hostname_""")
                .stream().collect(Collectors.toMap(r -> (String) r.get("hostname_"), r -> ((Number) r.get("jobs")).longValue()));
        long timers = database.count("""
                select count(*) from act_hi_job_log where job_state_ = 2 and job_def_type_ = 'timer-transition'""");
        long async = database.count("""
                select count(*) from act_hi_job_log where job_state_ = 2 and job_def_type_ = 'async-continuation'""");
        long failures = database.count("select count(*) from act_hi_job_log where job_state_ = 1");
        System.out.printf("TwoNodesIT: %d concerns about %d children; jobs done per node %s (%d timers, %d async "
                + "continuations); %d failed attempts%n", CONCERNS, CHILDREN, byNode, timers, async, failures);
        assertThat(database.rows("select job_id_, count(*) from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1"))
                .as("jobs that succeeded twice").isEmpty();
        assertThat(database.rows("""
                select job_id_ from act_hi_job_log where job_state_ = 0 and process_def_key_ in ('intake', 'childCase')
                except select job_id_ from act_hi_job_log where job_state_ = 2
                except select id_ from act_ru_job where duedate_ > now() and exception_msg_ is null"""))
                .as("jobs neither done nor waiting for their due date").isEmpty();
        assertThat(failures).as("failed job attempts (a race would show here)").isZero();
        assertThat(timers).isEqualTo(CONCERNS);
        assertThat(async).as("Opret sag and Undersøgelse startet per concern").isEqualTo(2L * CONCERNS);
        assertThat(byNode).as("both nodes executed jobs").containsKeys("node-a", "node-b");
        assertThat(byNode.get("node-a")).isPositive();
        assertThat(byNode.get("node-b")).isPositive();
    }

    @Test
    @Order(2)
    void aTaskCompletedOnOneNodeIsGoneOnTheOther() throws Exception {
        String pi = pi(0);
        String query = "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=Task_HandleLateAssessment&maxResults=10";
        JsonNode onB = nodes[1].get("lnord", query).json();
        assertThat(onB).hasSize(1);
        String taskId = onB.get(0).path("id").asText();

        Reply done = nodes[0].post("lnord", "/engine-rest/task/" + taskId + "/complete",
                Payloads.completion("pii_note", "Vurderingen blev forsinket af sygdom; nu vurderet."));
        assertThat(done.status()).as(done.body()).isEqualTo(204);

        assertThat(nodes[1].get("lnord", query).json()).as("the task list on node B").isEmpty();
        assertThat(nodes[1].get("lnord", "/engine-rest/task/" + taskId).status()).isEqualTo(404);
        Reply again = nodes[1].post("lnord", "/engine-rest/task/" + taskId + "/complete",
                Payloads.completion("pii_note", "En gang til."));
        // Camunda's own answer for a task that does not exist (any more) is a 500 RestException,
        // on one node as on two (CaseApiTest pins it); what matters here is that B does not complete it.
        assertThat(again.status()).as("completing it again on B: %s", again.body()).isNotEqualTo(204);
        assertThat(database.count("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null", taskId))
                .isOne();
        assertThat(database.count("select count(*) from act_hi_taskinst where proc_inst_id_ = ? "
                + "and task_def_key_ = 'Task_HandleLateAssessment'", pi)).as("completed once, nothing new").isOne();
    }

    /**
     * Camunda's webapps keep the login in the node's HTTP session: a Tasklist session from node A
     * means nothing on node B (so the load balancer keeps a browser on one node), while the REST
     * APIs authenticate every request and need no affinity.
     */
    @Test
    @Order(3)
    void aWebappSessionBelongsToTheNodeThatSignedIn() {
        ApiClient.Session session = nodes[0].tasklistLogin("intake");
        String whoAmI = "/camunda/api/admin/auth/user/default";
        assertThat(nodes[0].page(session.cookies(), whoAmI).status()).isEqualTo(200);
        assertThat(nodes[1].page(session.cookies(), whoAmI).status()).as("the same cookie on node B").isNotEqualTo(200);
    }

    private static String pi(int i) {
        return concerns.get(i).path("processInstanceId").asText();
    }

    private static Reply complete(ApiClient node, String user, String pi, String taskKey, Map<String, Object> form)
            throws Exception {
        JsonNode tasks = node.get(user, "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + taskKey + "&maxResults=10").json();
        assertThat(tasks).as("%s of %s", taskKey, pi).hasSize(1);
        return node.send(HttpMethod.POST, "/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete", user,
                ApiClient.password(user), ApiClient.json(form), h -> { });
    }

    /** Runs {@code n} calls on 6 threads at once and returns their results in order. */
    private static <T> List<T> parallel(int n, IntFunction<Callable<T>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call.apply(i)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** Waits for the job executors: the count reaches {@code expected} (polling, no fixed sleep). */
    private static void awaitCount(String sql, long expected) throws Exception {
        Instant deadline = Instant.now().plus(JOBS);
        long actual;
        while ((actual = database.count(sql)) != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(actual).as("after waiting up to %s: %s", JOBS, sql).isEqualTo(expected);
    }
}
