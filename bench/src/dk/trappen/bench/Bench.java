package dk.trappen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Trappen's benchmark (docs/benchmarks.md): seeds national volume through the REST API, then
 * measures figures (a)-(g) over several runs, each beside a bare process of the same shape on the
 * same engine, and prints one summary line per figure.
 *
 * <pre>java dk.trappen.bench.Bench --url http://localhost:8099 --jdbc jdbc:postgresql://127.0.0.1:5432/trappen_bench
 *      --pid 1234 --scale 1.0 --runs 3 --threads 4 --bench-dir bench --out bench/target/results.md</pre>
 */
public final class Bench {

    private final Map<String, String> options;
    private final Http http;
    private final Seed seed;
    private final int runs;
    private final Map<String, List<Double>> results = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final AtomicInteger nextChild;
    private final Random random = new Random(42);

    private Bench(Map<String, String> options) {
        this.options = options;
        this.http = new Http(options.get("url"));
        this.seed = new Seed(http, Double.parseDouble(options.getOrDefault("scale", "1.0")),
                Integer.parseInt(options.getOrDefault("threads", "4")));
        this.runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        this.nextChild = new AtomicInteger(seed.cases() + seed.otherChildren() + 1);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new Bench(options).run();
    }

    private void run() throws Exception {
        awaitUp();
        bare();
        seed.organisation();
        // Autovacuum's part, once a minute while the seed fills the tables (see analyze()).
        ScheduledExecutorService autoAnalyze = Executors.newSingleThreadScheduledExecutor();
        autoAnalyze.scheduleWithFixedDelay(() -> {
            try {
                analyze();
            } catch (SQLException e) {
                System.err.println("[bench] analyze failed: " + e.getMessage());
            }
        }, 60, 60, TimeUnit.SECONDS);
        int parts = 3;
        List<Double> yearRates = new ArrayList<>();
        double caseSeconds = 0;
        for (int part = 0; part < parts; part++) {
            int caseFrom = seed.cases() * part / parts;
            int caseTo = seed.cases() * (part + 1) / parts;
            caseSeconds += seed.parallel(caseFrom, caseTo - caseFrom, "cases part " + (part + 1), seed::caseChild);
            int otherFrom = seed.otherConcerns() * part / parts;
            int otherTo = seed.otherConcerns() * (part + 1) / parts;
            double seconds = seed.parallel(otherFrom, otherTo - otherFrom, "concerns part " + (part + 1), seed::otherConcern);
            yearRates.add((otherTo - otherFrom) / seconds);
            analyze();
        }
        notes.add(String.format(Locale.ROOT, "seed: %d children with a case (concern, triage, investigation, plan, granted measure)"
                + " in %.0f s (%.1f cases/s); %d further concerns about %d children, triaged and closed",
                seed.cases(), caseSeconds, seed.cases() / caseSeconds, seed.otherConcerns(), seed.otherChildren()));
        notes.add(String.format(Locale.ROOT, "measures: %d of the cases got a second measure beside the first (\"Ny indsats\"), "
                + "%d running measures with their follow-up in all", seed.secondMeasures(), seed.cases() + seed.secondMeasures()));
        figureYear(yearRates);
        topUpBareTasks();
        autoAnalyze.shutdownNow();
        for (int run = 1; run <= runs; run++) {
            System.err.println("[bench] run " + run + " of " + runs);
            figureTaskList("(c) before (a)");
            figureIntake();
            figureTaskList("(c) right after (a)");
            analyze();
            figureTaskList("(c)");
            figureChildCase();
            figureTimers(run);
            figureHeap();
        }
        figureSizes();
        figureCleanup();
        notes.add("task completions retried after a 409 (the job executor moved the same instance at that moment): "
                + seed.conflicts.get());
        report();
    }

    // ---- Setup --------------------------------------------------------------------------------

    private void awaitUp() {
        for (int i = 0; i < 300; i++) {
            try {
                if (http.get("admin", "/actuator/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while the application starts
            }
            Seed.sleep(1000);
        }
        throw new IllegalStateException("Trappen did not come up at " + options.get("url"));
    }

    /** Deploys the bare yardsticks and gives them the same kind of users and rights as Trappen's processes. */
    private void bare() throws Exception {
        Path dir = Path.of(options.getOrDefault("bench-dir", "bench"));
        for (String file : List.of("bare.bpmn", "bare-timer.bpmn")) {
            http.deploy("admin", "bench-" + file, file, Files.readAllBytes(dir.resolve(file))).expect(200);
        }
        for (String group : List.of("bench-bare", "bench-bare-timer")) {
            http.post("admin", "/engine-rest/group/create", "{\"id\":\"" + group + "\",\"name\":\"" + group
                    + "\",\"type\":\"WORKFLOW\"}").expect(204, 500);
        }
        http.post("admin", "/engine-rest/user/create", "{\"profile\":{\"id\":\"bbare\",\"firstName\":\"Bench\","
                + "\"lastName\":\"Bare\"},\"credentials\":{\"password\":\"demo\"}}").expect(204, 500);
        http.put("admin", "/engine-rest/group/bench-bare/members/bbare", null).expect(204);
        // The notifier starts bare instances as it registers concerns: the same user, the same kind of grant.
        grant("intake", 6, "benchBare", "\"CREATE_INSTANCE\",\"READ\"");
        grant("intake", 6, "benchBareTimer", "\"CREATE_INSTANCE\",\"READ\"");
        grant("intake", 8, "*", "\"CREATE\"");
        grant("bench-bare", 8, "*", "\"READ\"");
        // No task grant: like Trappen's, bare tasks are seen through their candidate group (TASK_WORK per task).
    }

    private void grant(String group, int resourceType, String resourceId, String permissions) {
        http.post("admin", "/engine-rest/authorization/create", "{\"type\":1,\"permissions\":[" + permissions
                + "],\"groupId\":\"" + group + "\",\"resourceType\":" + resourceType + ",\"resourceId\":\"" + resourceId
                + "\"}").expect(200, 400, 500);
    }

    private String startBare() {
        return http.post("intake", "/engine-rest/process-definition/key/benchBare/start",
                "{\"businessKey\":\"BARE-" + System.nanoTime() + "\",\"variables\":{\"n\":{\"value\":1}}}").expect(200).field("id");
    }

    /** As many open bare tasks as team Nord has, so the two task lists are read over the same volume. */
    private void topUpBareTasks() {
        long nord = count("/engine-rest/task/count?candidateGroup=team-nord&includeAssignedTasks=true");
        long bare = count("/engine-rest/task/count?candidateGroup=bench-bare&includeAssignedTasks=true");
        int missing = (int) Math.max(0, nord - bare);
        seed.parallel(0, missing, "bare tasks", n -> startBare());
        notes.add("task lists: team Nord has " + nord + " open tasks; the bare group was topped up to the same number");
    }

    private long count(String path) {
        return Long.parseLong(http.get("admin", path).expect(200).field("count"));
    }

    /**
     * Fresh statistics after the load, as autovacuum would gather them in production (it looks
     * once a minute and analyzes a table once a tenth of it has changed). This machine's PostgreSQL
     * runs with autovacuum off; without statistics the planner takes the freshly filled task tables
     * for empty and its plans are off by orders of magnitude.
     */
    private void analyze() throws SQLException {
        try (Connection db = db(); Statement st = db.createStatement()) {
            st.execute("analyze");
        }
    }

    // ---- Figures ------------------------------------------------------------------------------

    /** (b) a year's intake replayed through triage: the seed's three parts, extrapolated to a year. */
    private void figureYear(List<Double> trappenRates) {
        int year = Seed.CONCERNS_PER_SCALE;
        List<Double> trappenHours = trappenRates.stream().map(rate -> year / rate / 3600).toList();
        List<Double> bareRates = new ArrayList<>();
        int slice = Math.max(300, seed.otherConcerns() / 3 / 4);
        for (int part = 0; part < 3; part++) {
            double seconds = seed.parallel(0, slice, "bare year part " + (part + 1), n -> {
                String instance = startBare();
                String task = seed.taskId(instance, "Task_BareUser", "bbare", true);
                http.post("bbare", "/engine-rest/task/" + task + "/complete", "{}").expect(204);
            });
            bareRates.add(slice / seconds);
        }
        List<Double> bareHours = bareRates.stream().map(rate -> year / rate / 3600).toList();
        results.put("(b) year's intake through triage, concerns/s", trappenRates);
        results.put("(b) bare: start + complete, instances/s", bareRates);
        results.put("(b) 150,000 concerns, hours", trappenHours);
        results.put("(b) bare 150,000, hours", bareHours);
    }

    /** (a) POST /api/concerns at a steady 50/s and at saturation, beside the bare start. */
    private void figureIntake() {
        Supplier<Long> concern = () -> seed.postConcern(nextChild.getAndIncrement(), "PROFESSIONAL", "DECLINING").nanos();
        Supplier<Long> bare = () -> {
            Http.Reply reply = http.post("intake", "/engine-rest/process-definition/key/benchBare/start",
                    "{\"businessKey\":\"BARE-" + System.nanoTime() + "\",\"variables\":{\"n\":{\"value\":1}}}").expect(200);
            return reply.nanos();
        };
        int seconds = Integer.parseInt(options.getOrDefault("steady-seconds", "20"));
        Stats steady = steady(concern, 50, seconds);
        Stats steadyBare = steady(bare, 50, seconds);
        put("(a) steady 50/s: POST /api/concerns p50 ms", steady.percentileMillis(50));
        put("(a) steady 50/s: POST /api/concerns p95 ms", steady.percentileMillis(95));
        put("(a) steady 50/s: bare start p50 ms", steadyBare.percentileMillis(50));
        put("(a) steady 50/s: bare start p95 ms", steadyBare.percentileMillis(95));
        put("(a) steady ratio p50 Trappen/bare", steady.percentileMillis(50) / steadyBare.percentileMillis(50));
        int clients = Integer.parseInt(options.getOrDefault("saturation-clients", "8"));
        double[] sat = saturation(concern, clients, seconds);
        double[] satBare = saturation(bare, clients, seconds);
        put("(a) saturation: POST /api/concerns per s", sat[0]);
        put("(a) saturation: p50 ms", sat[1]);
        put("(a) saturation: p95 ms", sat[2]);
        put("(a) saturation: bare starts per s", satBare[0]);
        put("(a) saturation: bare p95 ms", satBare[2]);
        put("(a) intake cost ratio (bare/Trappen throughput)", satBare[0] / sat[0]);
    }

    /** Open-loop load: a request every 1/rate s; latency counted from when it was due (no coordinated omission). */
    private Stats steady(Supplier<Long> request, int perSecond, int seconds) {
        Stats stats = new Stats();
        ExecutorService workers = Executors.newFixedThreadPool(32);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        AtomicInteger sent = new AtomicInteger();
        clock.scheduleAtFixedRate(() -> {
            long due = start + sent.getAndIncrement() * periodNanos;
            workers.submit(() -> {
                request.get();
                stats.add(System.nanoTime() - due);
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        Seed.sleep(seconds * 1000L);
        clock.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stats;
    }

    /** Closed-loop load: {@code clients} users sending as fast as answers come. Returns {per second, p50, p95}. */
    private double[] saturation(Supplier<Long> request, int clients, int seconds) {
        Stats stats = new Stats();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    stats.add(request.get());
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new double[] {stats.count() / elapsed, stats.percentileMillis(50), stats.percentileMillis(95)};
    }

    /** (c) a team's task list as Tasklist asks for it: candidate group, assigned included, by due date, first page. */
    private void figureTaskList(String label) {
        String query = "&includeAssignedTasks=true&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15";
        String caseworker = seed.nordCaseworkers.get(0);
        Stats trappen = repeat(300, () -> http.get(caseworker, "/engine-rest/task?candidateGroup=team-nord" + query).expect(200).nanos());
        Stats bare = repeat(300, () -> http.get("bbare", "/engine-rest/task?candidateGroup=bench-bare" + query).expect(200).nanos());
        put(label + " team task list p95 ms", trappen.percentileMillis(95));
        put(label + " bare task list p95 ms", bare.percentileMillis(95));
        put(label + " ratio p95 Trappen/bare", trappen.percentileMillis(95) / bare.percentileMillis(95));
    }

    /** (d) GET /api/children/{id}/case for random children with a case, as the case's caseworker. */
    private void figureChildCase() throws SQLException {
        List<String[]> children = new ArrayList<>();
        try (Connection db = db(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select child_id, caseworker from child_case where status <> 'CLOSED'"
                     + " order by random() limit 300")) {
            while (rs.next()) {
                children.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        List<String> bareInstances = new ArrayList<>();
        try (Connection db = db(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select e.id_ from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                     + " where d.key_ = 'benchBare' and e.parent_id_ is null order by random() limit 300")) {
            while (rs.next()) {
                bareInstances.add(rs.getString(1));
            }
        }
        AtomicInteger i = new AtomicInteger();
        Stats trappen = repeat(children.size(), () -> {
            String[] child = children.get(i.getAndIncrement() % children.size());
            return http.get(child[1], "/api/children/" + child[0] + "/case").expect(200).nanos();
        });
        AtomicInteger j = new AtomicInteger();
        Stats bare = repeat(bareInstances.size(), () -> http.get("bbare", "/engine-rest/process-instance/"
                + bareInstances.get(j.getAndIncrement() % bareInstances.size()) + "/variables").expect(200).nanos());
        put("(d) GET /api/children/{id}/case p95 ms", trappen.percentileMillis(95));
        put("(d) bare instance variables p95 ms", bare.percentileMillis(95));
        put("(d) ratio p95 Trappen/bare", trappen.percentileMillis(95) / bare.percentileMillis(95));
    }

    private Stats repeat(int times, Supplier<Long> request) {
        Stats stats = new Stats();
        for (int i = 0; i < 20; i++) {
            request.get(); // warm-up, not counted
        }
        for (int i = 0; i < times; i++) {
            stats.add(request.get());
        }
        return stats;
    }

    /**
     * (e) one day's follow-up timers: {@code timers} follow-up timers (due in the coming months) are made
     * due now, as if their day had come, and the job executor drains them; then the same for bare timers.
     */
    private void figureTimers(int run) throws SQLException {
        int wanted = Integer.parseInt(options.getOrDefault("timers", "3000"));
        List<String> followUp = timerJobs("IntermediateCatchEvent_PrepareFollowUp", wanted);
        if (run == 1) {
            startBareTimers(wanted * runs);
        }
        List<String> bare = timerJobs("Timer_Bare", followUp.size());
        put("(e) follow-up timers made due", followUp.size());
        put("(e) drain follow-up timers, s", drain(followUp, "follow-up"));
        put("(e) follow-up timers per s", followUp.size() / results.get("(e) drain follow-up timers, s")
                .get(results.get("(e) drain follow-up timers, s").size() - 1));
        put("(e) drain bare timers, s", drain(bare, "bare"));
        List<Double> t = results.get("(e) drain follow-up timers, s");
        List<Double> b = results.get("(e) drain bare timers, s");
        put("(e) ratio Trappen/bare", t.get(t.size() - 1) / b.get(b.size() - 1));
    }

    private void startBareTimers(int count) {
        String dueAt = java.time.OffsetDateTime.now().plusDays(60).withNano(0).toString();
        seed.parallel(0, count, "bare timers", n -> http.post("intake", "/engine-rest/process-definition/key/benchBareTimer/start",
                "{\"businessKey\":\"BARE-T-" + n + "\",\"variables\":{\"dueAt\":{\"value\":\"" + dueAt + "\"}}}").expect(200));
    }

    /** Timer jobs of one timer event (not yet drained): follow-up's "14 dage før", or the bare timer. */
    private List<String> timerJobs(String activityId, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection db = db(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
                     + " where j.type_ = 'timer' and d.act_id_ = '" + activityId + "'"
                     + " and j.duedate_ > now() + interval '1 day' order by j.id_ limit " + limit)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /**
     * Makes the jobs due now and waits until the job executor has run every one of them. Returns
     * the seconds from the first to the last successful run (ACT_HI_JOB_LOG), so that the job
     * executor's idle back-off (up to max-wait, 60 s) before it notices jobs made due behind its
     * back does not count; that wake-up is reported apart.
     */
    private double drain(List<String> jobs, String label) throws SQLException {
        if (jobs.isEmpty()) {
            return Double.NaN;
        }
        String in = "('" + String.join("','", jobs) + "')";
        try (Connection db = db(); Statement st = db.createStatement()) {
            long start = System.nanoTime();
            st.executeUpdate("update act_ru_job set duedate_ = now() - interval '1 second' where id_ in " + in);
            while (true) {
                try (ResultSet rs = st.executeQuery("select count(*), count(*) filter (where exception_msg_ is not null)"
                        + " from act_ru_job where id_ in " + in)) {
                    rs.next();
                    if (rs.getLong(2) > 0) {
                        notes.add("(e) " + rs.getLong(2) + " " + label + " timer jobs failed at least once (see Cockpit's incidents)");
                    }
                    if (rs.getLong(1) - rs.getLong(2) == 0) {
                        break;
                    }
                }
                Seed.sleep(100);
            }
            double waited = (System.nanoTime() - start) / 1e9;
            try (ResultSet rs = st.executeQuery("select extract(epoch from max(timestamp_) - min(timestamp_)) from act_hi_job_log"
                    + " where job_state_ = 2 and job_id_ in " + in)) {
                rs.next();
                double running = rs.getDouble(1);
                put("(e) " + label + ": job executor wake-up, s", Math.max(0, waited - running));
                return running;
            }
        }
    }

    /** (g) the heap in use after a full collection, read with jcmd from the application's JVM. */
    private void figureHeap() throws Exception {
        String pid = options.get("pid");
        if (pid == null) {
            return;
        }
        run("jcmd", pid, "GC.run");
        String info = run("jcmd", pid, "GC.heap_info");
        var m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
        if (m.find()) {
            put("(g) heap used after GC, MB", Long.parseLong(m.group(1)) / 1024.0);
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    /** (f) database size per concern and per case, engine and domain apart. */
    private void figureSizes() throws SQLException {
        try (Connection db = db(); Statement st = db.createStatement()) {
            long concerns = single(st, "select count(*) from concern");
            long cases = single(st, "select count(*) from child_case");
            long database = single(st, "select pg_database_size(current_database())");
            long engineRuntime = single(st, "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c"
                    + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = 'r'"
                    + " and (c.relname like 'act\\_ru\\_%' or c.relname like 'act\\_ge\\_%')");
            long engineHistory = single(st, "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c"
                    + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = 'r'"
                    + " and c.relname like 'act\\_hi\\_%'");
            long domain = single(st, "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c"
                    + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = 'r'"
                    + " and c.relname not like 'act\\_%'");
            put("(f) concerns stored", concerns);
            put("(f) cases stored", cases);
            put("(f) database MB", database / 1048576.0);
            put("(f) engine runtime MB", engineRuntime / 1048576.0);
            put("(f) engine history MB", engineHistory / 1048576.0);
            put("(f) domain MB", domain / 1048576.0);
            put("(f) KB per concern (whole database / concerns)", database / 1024.0 / concerns);
            put("(f) KB per case (whole database / cases)", database / 1024.0 / cases);
        }
    }

    /**
     * (h) the history cleanup: the oldest {@code cleanup-instances} finished intake instances are
     * made due for removal (their history's removal time set to now, as if their 365 days had
     * passed), Camunda's cleanup job is started as the night's window would start it, and the time
     * until every row of their history is gone is measured. Whether a night's window keeps up with
     * a year's intake is what decides if history stays bounded.
     */
    private void figureCleanup() throws SQLException {
        int wanted = Integer.parseInt(options.getOrDefault("cleanup-instances", "10000"));
        try (Connection db = db(); Statement st = db.createStatement()) {
            st.execute("create temporary table due_roots as select id_ from act_hi_procinst where proc_def_key_ = 'intake'"
                    + " and end_time_ is not null order by end_time_ limit " + wanted);
            long instances = single(st, "select count(*) from due_roots");
            if (instances == 0) {
                return;
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select r.table_name from information_schema.columns r"
                    + " join information_schema.columns p on p.table_schema = r.table_schema and p.table_name = r.table_name"
                    + " and p.column_name = 'root_proc_inst_id_'"
                    + " where r.table_schema = current_schema() and r.column_name = 'removal_time_' order by 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            long rows = 0;
            for (String table : tables) {
                rows += st.executeUpdate("update " + table + " set removal_time_ = now() - interval '1 minute'"
                        + " where root_proc_inst_id_ in (select id_ from due_roots)");
            }
            st.execute("analyze");
            long start = System.nanoTime();
            http.post("admin", "/engine-rest/history/cleanup?immediatelyDue=true", "").expect(200);
            String remaining = String.join(" + ", tables.stream().map(t -> "(select count(*) from " + t
                    + " where root_proc_inst_id_ in (select id_ from due_roots))").toList());
            long deadline = System.nanoTime() + 2 * 3600 * 1_000_000_000L;
            while (single(st, "select " + remaining) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("history cleanup did not finish within 2 h");
                }
                Seed.sleep(1000);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            put("(h) history cleanup: finished intake instances removed", instances);
            put("(h) history cleanup: rows removed", rows);
            put("(h) history cleanup: seconds", seconds);
            put("(h) history cleanup: instances per s", instances / seconds);
            put("(h) a year's 150,000 concerns' intake history removed, hours", Seed.CONCERNS_PER_SCALE / (instances / seconds) / 3600);
            notes.add(String.format(Locale.ROOT, "(h) history rows of %d finished intake instances over %d tables; the cleanup"
                    + " window is 01:00-05:00 (application.yml)", instances, tables.size()));
        }
    }

    private static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(options.get("jdbc"), options.getOrDefault("db-user", "postgres"),
                options.getOrDefault("db-password", ""));
    }

    private void put(String figure, double value) {
        results.computeIfAbsent(figure, k -> new ArrayList<>()).add(value);
    }

    private void report() throws Exception {
        StringBuilder md = new StringBuilder("| figure | min / median / max |\n|---|---|\n");
        for (Map.Entry<String, List<Double>> figure : results.entrySet()) {
            String spread = Stats.spread(figure.getValue(), "%.2f");
            System.out.println(figure.getKey() + ": " + spread + "  (" + figure.getValue().size() + " runs)");
            md.append("| ").append(figure.getKey()).append(" | ").append(spread).append(" |\n");
        }
        for (String note : notes) {
            System.out.println("note: " + note);
            md.append("\n- ").append(note);
        }
        String out = options.get("out");
        if (out != null) {
            Files.writeString(Path.of(out), md.append('\n').toString());
        }
    }
}
