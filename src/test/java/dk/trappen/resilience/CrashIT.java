package dk.trappen.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * The application killed with SIGKILL while notifying systems post concerns: after a restart on the
 * same database, every concern that was answered 201 exists once, waiting at its assessment (and,
 * for a professional notifier, its acknowledgement); a request that got no answer left either a
 * whole concern with its process or nothing; no process lacks its concern, no concern its process.
 * A client that repeats its unanswered requests with the same Idempotency-Key ends with each
 * concern exactly once.
 */
class CrashIT {

    private static final int THREADS = 6;
    /** Enough answered registrations that the kill lands in steady traffic, not at the first request. */
    private static final int ANSWERED_BEFORE_KILL = 120;
    private static final Duration START = Duration.ofSeconds(120);

    /** The concern number (the instance's business key) as the product derives it from id and year of receipt. */
    static final String CONCERNS = """
            select id, 'UND-' || extract(year from received_at at time zone 'UTC') || '-' || lpad(id::text, 6, '0')
                   as concern_number, idempotency_key, notifier_type, process_instance_id from concern""";

    /** One request of the load: its Idempotency-Key, its body and user, and what came back. */
    record Sent(String key, String user, Map<String, Object> body, Integer status, JsonNode answer) {
    }

    @Test
    void everyConcernAnswered201SurvivesAKillExactlyOnceAtItsAssessment() throws Exception {
        try (ItDatabase database = ItDatabase.create("crash")) {
            Map<String, Sent> sent = new ConcurrentHashMap<>();
            int exit;
            Path firstLog;
            try (AppNode first = new AppNode("crash-first", database).start().awaitReady(START)) {
                firstLog = first.log();
                ApiClient http = new ApiClient(first.port());
                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger answered = new AtomicInteger();
                AtomicInteger serial = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(THREADS);
                List<Future<?>> load = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    load.add(pool.submit(() -> {
                        while (!stop.get()) {
                            int n = serial.incrementAndGet();
                            String user = n % 2 == 0 ? "skolesystem" : "intake";
                            Map<String, Object> body = Payloads.concern(Payloads.child(LocalDate.of(2010, 1, 1), n),
                                    n % 3 != 0, OffsetDateTime.now().minusHours(1));
                            String key = "crash-" + n;
                            sent.put(key, new Sent(key, user, body, null, null));
                            Reply reply;
                            try {
                                reply = post(http, user, key, body);
                            } catch (RuntimeException noAnswer) {
                                continue; // the node died under this request: no answer, the status stays null
                            }
                            sent.put(key, new Sent(key, user, body, reply.status(), json(reply)));
                            if (reply.status() == 201) {
                                answered.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                Instant deadline = Instant.now().plusSeconds(60);
                while (answered.get() < ANSWERED_BEFORE_KILL && Instant.now().isBefore(deadline)) {
                    Thread.sleep(20);
                }
                exit = first.kill();
                stop.set(true);
                for (Future<?> thread : load) {
                    thread.get(30, TimeUnit.SECONDS);
                }
                pool.shutdown();
            }
            assertThat(exit).as("destroyForcibly() is SIGKILL: exit 128 + 9").isEqualTo(AppNode.SIGKILL_EXIT);
            assertThat(Files.readString(firstLog)).as("no shutdown hook ran")
                    .doesNotContain("Commencing graceful shutdown", "Shutting down the JobExecutor");

            List<Sent> ok = sent.values().stream().filter(s -> s.status() != null && s.status() == 201).toList();
            List<Sent> unanswered = sent.values().stream().filter(s -> s.status() == null).toList();
            assertThat(sent.values()).as("every answer before the kill was 201")
                    .allMatch(s -> s.status() == null || s.status() == 201);
            assertThat(ok).hasSizeGreaterThanOrEqualTo(ANSWERED_BEFORE_KILL);
            assertThat(unanswered).as("the kill hit requests in flight").isNotEmpty();

            try (AppNode second = new AppNode("crash-second", database).start().awaitReady(START)) {
                // Straight after the restart, before anyone repeats anything.
                List<Map<String, Object>> concerns = database.rows(
                        CONCERNS);
                Map<String, Map<String, Object>> byKey = concerns.stream()
                        .collect(Collectors.toMap(c -> (String) c.get("idempotency_key"), c -> c));
                for (Sent s : ok) {
                    Map<String, Object> concern = byKey.get(s.key());
                    assertThat(concern).as("concern answered 201 for %s", s.key()).isNotNull();
                    assertThat(((Number) concern.get("id")).longValue()).isEqualTo(s.answer().path("id").asLong());
                    assertThat(concern.get("process_instance_id")).isEqualTo(s.answer().path("processInstanceId").asText());
                }
                long committedUnanswered = unanswered.stream().filter(s -> byKey.containsKey(s.key())).count();
                assertThat(concerns).as("only concerns that were sent").hasSize(ok.size() + (int) committedUnanswered);
                assertEveryConcernHasItsProcessAndNoOrphans(database, concerns);

                // The engine and the product's API on the restarted node see the same.
                ApiClient http = new ApiClient(second.port());
                Sent sample = ok.get(ok.size() - 1);
                Reply concern = http.get("intake", "/api/concerns/" + sample.answer().path("id").asLong());
                assertThat(concern.status()).as(concern.body()).isEqualTo(200);
                Reply tasks = http.get("intake", "/engine-rest/task?processInstanceId="
                        + sample.answer().path("processInstanceId").asText() + "&taskDefinitionKey=Task_AssessConcern&maxResults=10");
                assertThat(tasks.status()).isEqualTo(200);
                assertThat(tasks.json()).hasSize(1);

                // The notifying systems repeat what got no answer, with the same key: once each.
                int replayed = 0;
                for (Sent s : unanswered) {
                    Reply again = post(http, s.user(), s.key(), s.body());
                    assertThat(again.status()).as("%s repeated: %s", s.key(), again.body()).isEqualTo(201);
                    boolean existed = byKey.containsKey(s.key());
                    assertThat(again.json().path("replayed").asBoolean()).as("%s replayed", s.key()).isEqualTo(existed);
                    replayed += existed ? 1 : 0;
                }
                List<Map<String, Object>> after = database.rows(
                        CONCERNS);
                assertThat(after).hasSize(sent.size());
                assertThat(after.stream().map(c -> c.get("idempotency_key")).collect(Collectors.toSet()))
                        .isEqualTo(Set.copyOf(sent.keySet()));
                assertEveryConcernHasItsProcessAndNoOrphans(database, after);

                System.out.printf("CrashIT: %d concerns posted, %d answered 201 before the kill, %d unanswered "
                                + "(%d had committed all the same, %d replayed on repeat, %d created on repeat), "
                                + "%d concerns after the restart and the repeats%n",
                        sent.size(), ok.size(), unanswered.size(), committedUnanswered, replayed,
                        unanswered.size() - replayed, after.size());
            }
        }
    }

    /**
     * Every concern's intake instance runs, carries its number, and waits at "Vurdér underretning"
     * (and "Send kvittering" for a professional); every intake instance belongs to a concern.
     */
    static void assertEveryConcernHasItsProcessAndNoOrphans(ItDatabase database, List<Map<String, Object>> concerns)
            throws Exception {
        Map<String, String> instances = database.rows("""
                        select e.id_ as id, e.business_key_ as business_key from act_ru_execution e
                        join act_re_procdef d on d.id_ = e.proc_def_id_
                        where d.key_ = 'intake' and e.id_ = e.proc_inst_id_""").stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> (String) r.get("business_key")));
        Map<String, List<String>> waitingAt = database.rows("select proc_inst_id_ as pi, task_def_key_ as task from act_ru_task")
                .stream().collect(Collectors.groupingBy(r -> (String) r.get("pi"),
                        Collectors.mapping(r -> (String) r.get("task"), Collectors.toList())));
        for (Map<String, Object> concern : concerns) {
            String pi = (String) concern.get("process_instance_id");
            assertThat(instances).as("intake instance of %s", concern.get("concern_number"))
                    .containsEntry(pi, (String) concern.get("concern_number"));
            List<String> expected = "PROFESSIONAL".equals(concern.get("notifier_type"))
                    ? List.of("Task_AssessConcern", "Task_SendAcknowledgement") : List.of("Task_AssessConcern");
            assertThat(waitingAt.get(pi)).as("tasks of %s", concern.get("concern_number"))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(instances.keySet()).as("no intake instance without its concern")
                .isEqualTo(concerns.stream().map(c -> (String) c.get("process_instance_id")).collect(Collectors.toSet()));
        assertThat(database.count("select count(*) from act_ru_variable where name_ = 'concernId'"))
                .as("one concernId per instance").isEqualTo(concerns.size());
    }

    static Reply post(ApiClient http, String user, String key, Map<String, Object> body) {
        return http.send(HttpMethod.POST, "/api/concerns", user, ApiClient.password(user), ApiClient.json(body),
                h -> h.add("Idempotency-Key", key));
    }

    private static JsonNode json(Reply reply) {
        try {
            return reply.json();
        } catch (Exception e) {
            return null;
        }
    }
}
