package dk.trappen.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * National volume, driven through the product's own REST API as its users would (no SQL, no
 * shortcuts): notifiers' concerns, intake's assessments, the teams' routing, and for the children
 * who get a case the investigation, the child's plan and a granted measure, whose follow-up process
 * then waits on its timer. Per 1.0 of scale: 150,000 concerns about 85,000 children, 50,000 of
 * whom get a case with a running measure, one in five of them a second one: 60,000 running
 * measures (domain.md section 11).
 */
final class Seed {

    static final int CONCERNS_PER_SCALE = 150_000;
    static final int CHILDREN_PER_SCALE = 85_000;
    static final int CASES_PER_SCALE = 50_000;
    /** 60,000 running measures per 1.0: one case in five has a second measure beside the first. */
    static final int MEASURES_PER_SCALE = 60_000;
    static final int SECOND_MEASURE_EVERY = CASES_PER_SCALE / (MEASURES_PER_SCALE - CASES_PER_SCALE);
    /** Herning's caseload target: 25 cases per caseworker. */
    static final int CASES_PER_CASEWORKER = 25;

    private static final String[] LEVELS = {"GENERAL_WELLBEING", "DECLINING", "ILL_BEING", "SEVERE"};
    /** Share of each level among concerns not leading to a case (per mille, cumulative). */
    private static final int[] LEVEL_MIX = {300, 650, 900, 1000};
    private static final String[] NOTIFIERS = {"PROFESSIONAL", "CITIZEN", "FAMILY", "ANONYMOUS"};
    /** Danish notifications: mostly professionals (schools, police, health), then citizens, family, anonymous. */
    private static final int[] NOTIFIER_MIX = {700, 850, 900, 1000};

    private final Http http;
    private final double scale;
    private final int threads;
    final List<String> nordCaseworkers = new ArrayList<>();
    final List<String> sydCaseworkers = new ArrayList<>();
    final Map<String, Long> offers = new LinkedHashMap<>();

    Seed(Http http, double scale, int threads) {
        this.http = http;
        this.scale = scale;
        this.threads = threads;
    }

    int cases() {
        return (int) Math.round(CASES_PER_SCALE * scale);
    }

    int otherChildren() {
        return (int) Math.round((CHILDREN_PER_SCALE - CASES_PER_SCALE) * scale);
    }

    int otherConcerns() {
        return (int) Math.round(CONCERNS_PER_SCALE * scale) - cases();
    }

    int secondMeasures() {
        return (cases() + SECOND_MEASURE_EVERY - 1) / SECOND_MEASURE_EVERY;
    }

    /** Caseworkers enough for 25 cases each, in both teams; the offers the cases are granted. */
    void organisation() {
        int perTeam = Math.max(1, (cases() / CASES_PER_CASEWORKER + 1) / 2 + 1);
        for (String team : List.of("nord", "syd")) {
            for (int i = 1; i <= perTeam; i++) {
                String id = String.format("b%s%04d", team, i);
                Http.Reply created = http.post("admin", "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + id
                        + "\",\"firstName\":\"Bench\",\"lastName\":\"" + id + "\"},\"credentials\":{\"password\":\"demo\"}}");
                created.expect(204, 500); // 500: exists already (a rerun on the same database)
                http.put("admin", "/engine-rest/group/caseworkers/members/" + id, null).expect(204);
                http.put("admin", "/engine-rest/group/team-" + team + "/members/" + id, null).expect(204);
                (team.equals("nord") ? nordCaseworkers : sydCaseworkers).add(id);
            }
        }
        offer("Familiebehandling (bench)", "FAMILY_TREATMENT", 2, 26);
        offer("Kontaktperson (bench)", "CONTACT_PERSON", 2, 52);
    }

    private void offer(String name, String kind, int step, int weeks) {
        Http.Reply reply = http.post("owner", "/api/offers", "{\"name\":" + Http.quote(name)
                + ",\"description\":\"Benchmark\",\"measureKind\":\"" + kind + "\",\"staircaseStep\":" + step
                + ",\"minAge\":0,\"maxAge\":17,\"standardDurationWeeks\":" + weeks + ",\"active\":true}");
        if (reply.status() == 201 || reply.status() == 200) {
            offers.put(name, Long.parseLong(reply.field("id")));
        } else {
            for (String part : http.get("owner", "/api/offers").body().split("\\},\\{")) {
                if (part.contains(Http.quote(name))) {
                    offers.put(name, Long.parseLong(new Http.Reply(200, part, 0).field("id")));
                }
            }
        }
    }

    /** Child number {@code n}: a birth date spread over 0-17 years and a CPR number unique to it. */
    static LocalDate birthDate(int n) {
        // 7919 is prime to 6500: each block of 6,500 children covers every day once, in scattered order.
        return LocalDate.now().minusYears(18).plusDays(1 + (int) ((n * 7919L) % 6500));
    }

    static String cpr(int n) {
        LocalDate born = birthDate(n);
        return String.format("%02d%02d%02d%04d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100,
                n / 6500 + 1);
    }

    static String team(int n) {
        return birthDate(n).isAfter(LocalDate.now().minusYears(12)) ? "nord" : "syd";
    }

    /** Runs {@code work} for 0..count-1 on the seed's threads; returns the seconds it took. */
    double parallel(int from, int count, String label, java.util.function.IntConsumer work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < from + count; n = next.getAndIncrement()) {
                    work.accept(n);
                    int d = done.incrementAndGet();
                    if (d % 1000 == 0) {
                        System.err.printf("[seed] %s: %d/%d (%.0f/s)%n", label, d, count,
                                d / ((System.nanoTime() - start) / 1e9));
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (Exception e) {
                pool.shutdownNow();
                throw new IllegalStateException(label + " failed", e);
            }
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    /** A child who gets a case: the concern, its triage, the investigation, the plan and a granted measure. */
    void caseChild(int n) {
        String team = team(n);
        List<String> caseworkers = team.equals("nord") ? nordCaseworkers : sydCaseworkers;
        String caseworker = caseworkers.get((n / 2) % caseworkers.size());
        String leader = "l" + team;
        Http.Reply concern = postConcern(n, "PROFESSIONAL", "SEVERE");
        String intake = concern.field("processInstanceId");
        String concernId = concern.field("id");
        // Intake sends the receipt first, as it mostly does in practice. Sent right after the routing,
        // it raced the asynchronous "Opret sag" (see docs/benchmarks.md, findings).
        complete(intake, "Task_SendAcknowledgement", "intake", "\"pii_acknowledgementText\":\"Tak for din underretning.\"");
        complete(intake, "Task_AssessConcern", "intake", "\"acuteDanger\":false,\"concernLevel\":\"SEVERE\","
                + "\"boundedProblem\":false,\"familyMotivated\":false,\"pii_note\":\"Alvorlig bekymring.\"");
        complete(intake, "Task_DecideRoute", caseworker, "\"route\":\"INVESTIGATION\",\"dialogueMeetingFirst\":false");
        String childCase = awaitCaseProcess(concernId);
        complete(childCase, "Task_Investigate", caseworker, "\"pii_childHeardOn\":\"" + LocalDate.now()
                + "\",\"pii_childRulerCategory\":\"3\",\"recommendedStep\":\"2\",\"pii_conclusion\":\"Støtte er nødvendig.\"");
        String in6 = LocalDate.now().plusMonths(6).toString();
        complete(childCase, "Task_WritePlan", caseworker, "\"pii_childGoal1\":\"Barnet trives i skolen.\","
                + "\"pii_childGoal1Progress\":\"Fremmøde over 90 %.\",\"pii_childGoal1TargetDate\":\"" + in6 + "\","
                + "\"pii_parentGoal1\":\"Faste rutiner.\",\"pii_parentGoal1Progress\":\"Barnet kommer til tiden.\","
                + "\"pii_parentGoal1TargetDate\":\"" + in6 + "\"");
        List<Long> offerIds = new ArrayList<>(offers.values());
        grantMeasure(childCase, caseworker, leader, offerIds.get(n % offerIds.size()));
        if (n % SECOND_MEASURE_EVERY == 0) {
            // At the case's next review the caseworker adds a second measure beside the first ("Ny
            // indsats"): it runs with its own course and follow-up, as 60,300 measures for 52,600 children do.
            complete(childCase, "Task_FollowCase", caseworker, "\"caseAction\":\"NEW_MEASURE\"");
            grantMeasure(childCase, caseworker, leader, offerIds.get((n + 1) % offerIds.size()));
        }
    }

    private void grantMeasure(String childCase, String caseworker, String leader, long offer) {
        complete(childCase, "Task_ChooseMeasure", caseworker, "\"offerId\":\"" + offer + "\",\"pii_measureStartDate\":\""
                + LocalDate.now() + "\",\"pii_measureDurationWeeks\":26,\"pii_measurePurpose\":\"Barnet skal trives.\"");
        String approval = taskId(childCase, "Task_ApproveMeasure", leader, false);
        if (approval != null) {
            http.post(leader, "/engine-rest/task/" + approval + "/complete",
                    "{\"variables\":{\"approval\":{\"value\":\"APPROVED\"},\"pii_approvalReason\":{\"value\":\"OK\"}}}")
                    .expect(204);
        }
    }

    /** A concern about a child who gets no case (this year): assessed and closed with advice. */
    void otherConcern(int k) {
        int child = cases() + (k % Math.max(1, otherChildren()));
        String notifier = pick(NOTIFIERS, NOTIFIER_MIX, k * 7);
        String level = pick(LEVELS, LEVEL_MIX, k * 13);
        String caseworker = (team(child).equals("nord") ? nordCaseworkers : sydCaseworkers).get(k % 7 % nordCaseworkers.size());
        Http.Reply concern = postConcern(child, notifier, level);
        String intake = concern.field("processInstanceId");
        if ("PROFESSIONAL".equals(notifier)) {
            complete(intake, "Task_SendAcknowledgement", "intake", "\"pii_acknowledgementText\":\"Tak for din underretning.\"");
        }
        complete(intake, "Task_AssessConcern", "intake", "\"acuteDanger\":false,\"concernLevel\":\"" + level
                + "\",\"boundedProblem\":false,\"familyMotivated\":false,\"pii_note\":\"Vurderet.\"");
        complete(intake, "Task_DecideRoute", caseworker, "\"route\":\"NO_FURTHER_ACTION\",\"dialogueMeetingFirst\":false,"
                + "\"pii_routeReason\":\"Rådgivning er nok.\",\"pii_adviceGiven\":\"Familien er vejledt.\"");
    }

    private static String pick(String[] values, int[] cumulativePerMille, int salt) {
        int r = (int) Math.floorMod(salt * 2654435761L, 1000L);
        for (int i = 0; i < values.length; i++) {
            if (r < cumulativePerMille[i]) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    Http.Reply postConcern(int child, String notifier, String level) {
        boolean professional = "PROFESSIONAL".equals(notifier);
        String body = "{\"notifierType\":\"" + notifier + "\","
                + (professional ? "\"notifierOrganisation\":\"Skovvejens Skole\",\"notifierContact\":\"kontor@skole.example\"," : "")
                + "\"child\":{\"cpr\":\"" + cpr(child) + "\",\"name\":\"Barn " + child + "\",\"birthDate\":\""
                + birthDate(child) + "\"},\"receivedAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0)
                + "\",\"description\":\"Barnet virker trist og har meget fravær.\",\"concernLevel\":\"" + level
                + "\",\"concernsAbuse\":false}";
        return http.post("intake", "/api/concerns", body).expect(201);
    }

    /** Completes the instance's task {@code key} as {@code user} with these JSON variables ("name":value,...). */
    void complete(String processInstanceId, String key, String user, String variables) {
        StringBuilder json = new StringBuilder("{\"variables\":{");
        boolean first = true;
        for (String pair : variables.split(",(?=\")")) {
            int colon = pair.indexOf("\":");
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append(pair, 0, colon + 2).append("{\"value\":").append(pair.substring(colon + 2)).append('}');
        }
        json.append("}}");
        // 409: the job executor moved the same instance at that moment (e.g. "Opret sag" after the
        // routing); a user is told to try again, and so does the driver.
        for (int attempt = 1; ; attempt++) {
            String task = taskId(processInstanceId, key, user, true);
            Http.Reply reply = http.post(user, "/engine-rest/task/" + task + "/complete", json.toString());
            if (reply.status() != 409 || attempt == 10) {
                reply.expect(204);
                return;
            }
            conflicts.incrementAndGet();
            sleep(50L * attempt);
        }
    }

    /** How often a completion met a concurrent change and was retried (reported with the figures). */
    final AtomicInteger conflicts = new AtomicInteger();

    /** The task's id, waiting for the job executor where the task comes after an asynchronous step. */
    String taskId(String processInstanceId, String key, String user, boolean required) {
        for (int attempt = 0; attempt < (required ? 200 : 3); attempt++) {
            String id = http.get(user, "/engine-rest/task?processInstanceId=" + processInstanceId
                    + "&taskDefinitionKey=" + key + "&maxResults=10").expect(200).field("id");
            if (id != null) {
                return id;
            }
            sleep(required ? backoff(attempt) : 50);
        }
        if (required) {
            throw new IllegalStateException("No task " + key + " in " + processInstanceId);
        }
        return null;
    }

    /**
     * The child's case process for a concern routed to investigation, once the job executor has
     * opened the case and started it: the concern names its case (as intake sees it), the case
     * number is the process's business key (indexed). A query by process variable would scan the
     * engine's variables and slow down as the volume grows.
     */
    String awaitCaseProcess(String concernId) {
        for (int attempt = 0; attempt < 200; attempt++) {
            String caseNumber = http.get("intake", "/api/concerns/" + concernId).expect(200).field("caseNumber");
            if (caseNumber != null && !caseNumber.equals("null")) {
                String id = http.get("admin", "/engine-rest/process-instance?processDefinitionKey=childCase&businessKey="
                        + caseNumber + "&maxResults=10").expect(200).field("id");
                if (id != null) {
                    return id;
                }
            }
            sleep(backoff(attempt));
        }
        throw new IllegalStateException("No case process for concern " + concernId);
    }

    /**
     * Waiting for the job executor: 25 ms, doubling to 400 ms (about a minute in all). A fixed short
     * poll would spend the machine's two cores on asking while the job waits for them.
     */
    static long backoff(int attempt) {
        return Math.min(400L, 25L << Math.min(attempt, 4));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
