package dk.trappen.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import dk.trappen.organisation.Organisation;
import dk.trappen.platform.TimeSource;
import dk.trappen.prevention.GroupOfferInput;
import dk.trappen.prevention.GroupOffers;
import dk.trappen.prevention.PreventionProcess;
import dk.trappen.prevention.PreventionRequests;
import dk.trappen.prevention.ReferrerRole;
import dk.trappen.prevention.RegisteredRequest;
import dk.trappen.prevention.RequestInput;
import dk.trappen.prevention.Topic;
import dk.trappen.prevention.WayIn;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The early-prevention unit's demo (issue 7): Aabenraa's group courses, one week already triaged
 * and distributed with a running course (Sebastian, with Peter Familievejleder: start meeting and
 * two contacts, the last one with a FIT flag), and new requests waiting for this week's triage
 * by the leader {@code lfor}.
 */
@Component
@ConditionalOnProperty(name = "trappen.demo.data-enabled", havingValue = "true")
class PreventionDemoData {

    private static final Logger log = LoggerFactory.getLogger(PreventionDemoData.class);
    private static final String LEADER = "lfor";
    private static final String COMPETENCE = "Forældrevejledning";

    private final PreventionRequests requests;
    private final GroupOffers groups;
    private final Organisation organisation;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final TimeSource time;

    PreventionDemoData(PreventionRequests requests, GroupOffers groups, Organisation organisation, RuntimeService runtime,
                       TaskService tasks, ManagementService management, HistoryService history, TimeSource time) {
        this.requests = requests;
        this.groups = groups;
        this.organisation = organisation;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.time = time;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void load() {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PreventionProcess.WEEK_KEY).count() > 0) {
            return;
        }
        LocalDate today = time.today();
        organisation.runAs(LEADER, () -> {
            groups.create(new GroupOfferInput("Børnegruppe for børn med psykisk syge forældre",
                    "Samtalegruppe for børn, 10 gange", 7, 12, today.plusDays(14), today.plusDays(84), 8));
            groups.create(new GroupOfferInput("Klar til barn", "Gruppe for sårbare gravide og mødre", 0, 1,
                    today.plusDays(7), today.plusDays(120), 10));
            groups.create(new GroupOfferInput("De Utrolige År", "Forældregruppe, 14 gange", 3, 8, today.plusDays(10),
                    today.plusDays(110), 12));
            groups.create(new GroupOfferInput("Forstå din teenager", "Forældregruppe, 6 gange", 12, 17, today.plusDays(21),
                    today.plusDays(63), 12));
            return null;
        });
        // Last week: Sebastian's family asked for help; triaged, given Peter, started and running.
        RegisteredRequest sebastian = family("Sebastian Holt", LocalDate.of(2018, 9, 14), "Line Holt", "60 11 22 33",
                Topic.PARENTING, "Sengetid og morgener er en kamp hver dag; vi vil gerne have redskaber.");
        String week = runtime.startProcessInstanceByKey(PreventionProcess.WEEK_KEY).getId();
        decideAll(week, "Task_TriageRequests", Map.of("decision", "ACCEPT", "competence", COMPETENCE));
        decideAll(week, "Task_DistributeFamilies", Map.of("courseKind", "INDIVIDUAL", "worker", "pfor1"));
        waitFor(week, null);
        String course = sebastian.processInstanceId();
        complete(course, "Task_ContactFamily", "pfor1", Map.of("contactedOn", today.toString(),
                "pii_note", "Ringet til Line; opstartsmøde hjemme i morgen kl. 16."));
        Map<String, Object> start = contact(today, "Line, Martin og Sebastian", 26, 38);
        start.put("pii_goals", "Sebastian sover i egen seng kl. 20 fem aftener om ugen. Morgenerne uden råb.");
        complete(course, "Task_HoldStartMeeting", "pfor1", start);
        Map<String, Object> second = contact(today, "Line og Sebastian", 22, 35);
        second.put("nextStep", "CONTACT");
        complete(course, "Task_FollowCourse", "pfor1", second);
        // This week: new requests wait for the leader's triage.
        family("Freya Brandt", LocalDate.of(2016, 2, 2), "Jesper Brandt", "jesper@example.dk", Topic.DIVORCE,
                "Vi er gået fra hinanden, og Freya har svært ved skiftene mellem hjemmene.");
        organisation.runAs("prevention", () -> requests.register(new RequestInput(false, WayIn.PROFESSIONAL,
                new RequestInput.Child(null, "Malte Krog", LocalDate.of(2020, 11, 30)), "Sanne Krog", "41 42 43 44",
                ReferrerRole.DAYCARE, "Børnehuset Mælkebøtten", true, Topic.SCHOOL_WELLBEING,
                "Malte trækker sig i børnehaven; pædagogen og mor har talt sammen og vil gerne have hjælp.")));
        family("Noa Lind", LocalDate.of(2011, 5, 5), "Karin Lind", "karin@example.dk", Topic.TEENAGER,
                "Noa er holdt op med at gå til fodbold og sidder på værelset hele tiden.");
        log.info("Demo data: early prevention with group courses, a running course and requests waiting for triage");
    }

    private RegisteredRequest family(String child, LocalDate born, String parent, String contact, Topic topic,
                                     String description) {
        return organisation.runAs("prevention", () -> requests.register(new RequestInput(false, WayIn.FAMILY,
                new RequestInput.Child(null, child, born), parent, contact, null, null, null, topic, description)));
    }

    private static Map<String, Object> contact(LocalDate on, String who, int ors, int srs) {
        Map<String, Object> form = new HashMap<>();
        form.put("pii_contactDate", on.toString());
        form.put("pii_place", "HOME");
        form.put("pii_participants", who);
        form.put("pii_durationMinutes", 75);
        form.put("pii_note", "Vi lavede en billedplan for aftenen og øvede overgangen fra skærm til seng.");
        form.put("pii_rater", "PARENT");
        form.put("pii_ors", ors);
        form.put("pii_srs", srs);
        return form;
    }

    /** Every request in the week's task gets the same decision (whatever the other demo data left waiting). */
    private void decideAll(String week, String taskKey, Map<String, Object> decision) {
        Task task = waitFor(week, taskKey);
        Map<String, Object> form = new HashMap<>();
        for (int slot = 1; slot <= PreventionProcess.SLOTS; slot++) {
            if (tasks.getVariableLocal(task.getId(), PreventionProcess.SLOT_LABEL + slot) != null) {
                for (Map.Entry<String, Object> field : decision.entrySet()) {
                    form.put(field.getKey() + slot, field.getValue());
                }
            }
        }
        organisation.runAs(LEADER, () -> {
            tasks.complete(task.getId(), form);
            return null;
        });
    }

    private void complete(String processInstanceId, String taskKey, String userId, Map<String, Object> form) {
        Task task = waitFor(processInstanceId, taskKey);
        organisation.runAs(userId, () -> {
            tasks.complete(task.getId(), new HashMap<>(form));
            return null;
        });
    }

    /**
     * Runs the instance's jobs (the job executor may run them first, but it may also be idle for a
     * minute) until the task is there, or with no task key until the instance has ended.
     */
    private Task waitFor(String processInstanceId, String taskKey) {
        for (int attempt = 0; attempt < 150; attempt++) {
            for (Job job : management.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException takenByTheJobExecutor) {
                    log.debug("Job {} ran elsewhere", job.getId());
                }
            }
            if (taskKey == null) {
                if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
                    return null;
                }
            } else {
                Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                        .singleResult();
                if (task != null) {
                    return task;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No task " + taskKey + " in (or no end of) " + processInstanceId);
    }
}
