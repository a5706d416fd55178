package dk.trappen.testsupport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import dk.trappen.prevention.PreventionRequests;
import dk.trappen.prevention.RegisteredRequest;
import dk.trappen.prevention.RequestInput;
import dk.trappen.prevention.Topic;
import dk.trappen.prevention.WayIn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives the early-prevention unit the way its people do: a family's request, the leader's weekly
 * triage and distribution (every request in the round decided: the ones a test names as it says,
 * any other left by other tests passed on to the authority), and the worker's first steps.
 */
public final class PreventionScenarios {

    public static final String LEADER = "lfor";
    public static final String COMPETENCE = "Forældrevejledning";

    private final EngineDriver engine;
    private final ProcessEngine processEngine;
    private final PreventionRequests requests;
    private final Consumer<String> started;

    /** @param started told of every process instance the scenario starts (for flow-node coverage) */
    public PreventionScenarios(EngineDriver engine, PreventionRequests requests, Consumer<String> started) {
        this.engine = engine;
        this.processEngine = engine.engine();
        this.requests = requests;
        this.started = started;
    }

    /** A family's own request, registered by the unit's staff. */
    public RegisteredRequest family(String childName, LocalDate born, String parentName, String description) {
        RegisteredRequest registered = engine.as("prevention", () -> requests.register(new RequestInput(false, WayIn.FAMILY,
                new RequestInput.Child(Concerns.newCpr(born), childName, born), parentName, "22 33 44 55", null, null, null,
                Topic.PARENTING, description)));
        started.accept(registered.processInstanceId());
        return registered;
    }

    public static Map<String, Object> accept() {
        return Map.of("decision", "ACCEPT", "competence", COMPETENCE);
    }

    public static Map<String, Object> passOn(String reason) {
        return Map.of("decision", "PASS_ON", "concernLevel", "ILL_BEING", "pii_passReason", reason);
    }

    public static Map<String, Object> individual(String worker) {
        return Map.of("courseKind", "INDIVIDUAL", "worker", worker);
    }

    /**
     * One week of the unit: triage (decisions by request number), then distribution (by number),
     * then the requests' own instances run their jobs. Returns the week's instance id.
     */
    public String week(Map<String, Map<String, Object>> triage, Map<String, Map<String, Object>> distribution) {
        ProcessInstance week = processEngine.getRuntimeService().startProcessInstanceByKey("preventionWeek");
        started.accept(week.getId());
        runWeek(week.getId(), triage, distribution);
        return week.getId();
    }

    public void runWeek(String week, Map<String, Map<String, Object>> triage, Map<String, Map<String, Object>> distribution) {
        engine.runDueJobs(week);
        while (open(week, "Task_TriageRequests") != null) {
            engine.complete(LEADER, week, "Task_TriageRequests", slots(open(week, "Task_TriageRequests"), triage,
                    passOn("Uden for målgruppen (anden test)")));
            engine.runDueJobs(week);
        }
        while (open(week, "Task_DistributeFamilies") != null) {
            engine.complete(LEADER, week, "Task_DistributeFamilies", slots(open(week, "Task_DistributeFamilies"),
                    distribution, null));
            engine.runDueJobs(week);
        }
        for (String number : triage.keySet()) {
            ProcessInstance request = instance(number);
            if (request != null) {
                engine.runDueJobs(request.getId());
            }
        }
    }

    /** The form of a weekly task: each slot's fields from the decisions for its request, suffixed by slot. */
    public Map<String, Object> slots(Task task, Map<String, Map<String, Object>> decisions, Map<String, Object> otherwise) {
        Map<String, Object> form = new HashMap<>();
        for (int slot = 1; slot <= 8; slot++) {
            Object label = processEngine.getTaskService().getVariableLocal(task.getId(), "label" + slot);
            if (label == null) {
                continue;
            }
            String number = label.toString().split(" · ")[0];
            Map<String, Object> fields = decisions.getOrDefault(number, otherwise);
            if (fields == null) {
                throw new AssertionError("No decision for " + number + " in " + label);
            }
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                form.put(field.getKey() + slot, field.getValue());
            }
        }
        return form;
    }

    public Task open(String processInstanceId, String taskKey) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult();
    }

    /** The request's own instance (earlyPrevention) by its number, the business key. */
    public ProcessInstance instance(String number) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("earlyPrevention")
                .processInstanceBusinessKey(number).singleResult();
    }

    /** A family accepted and given an individual course with {@code worker}, who has contacted it and held the start meeting. */
    public String runningCourse(String childName, LocalDate born, String worker, Map<String, Object> startMeeting) {
        RegisteredRequest request = family(childName, born, "Forælder til " + childName, "Vi har brug for hjælp til rutiner.");
        week(Map.of(request.number(), accept()), Map.of(request.number(), individual(worker)));
        String pi = request.processInstanceId();
        engine.complete(worker, pi, "Task_ContactFamily", new HashMap<>(Map.of("contactedOn", LocalDate.now().toString())));
        engine.complete(worker, pi, "Task_HoldStartMeeting", startMeeting);
        return pi;
    }

    /** A contact's form fields (all pii_: they live in the course, not the engine). */
    public static Map<String, Object> contact(String who, Integer ors, Integer srs, String rater) {
        Map<String, Object> form = new HashMap<>();
        form.put("pii_contactDate", LocalDate.now().toString());
        form.put("pii_place", "HOME");
        form.put("pii_participants", who);
        form.put("pii_durationMinutes", 60L);
        form.put("pii_note", "Samtale om morgenrutiner med " + who + ".");
        if (ors != null) {
            form.put("pii_ors", ors.longValue());
            form.put("pii_rater", rater);
        }
        if (srs != null) {
            form.put("pii_srs", srs.longValue());
        }
        return form;
    }

    public static Map<String, Object> startMeeting(String goals, Integer ors, Integer srs) {
        Map<String, Object> form = contact("Mor og far", ors, srs, "PARENT");
        form.put("pii_goals", goals);
        return form;
    }
}
