package dk.trappen.platform.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.trappen.platform.EngineAsSystem;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Whether a failed request on a task ({@code …/task/{id}/complete}, {@code submit-form},
 * {@code resolve}, {@code claim}) failed because the task is gone. A colleague who completed it a
 * moment earlier makes the second completion fail in many ways (no task, no grant left, a listener
 * or the engine reading a half-gone instance); to the user they all mean "already done": 404.
 */
@Component
class VanishedTasks {

    private static final Pattern TASK_PATH = Pattern.compile("(?:^|/)task/([^/]+)/(?:complete|submit-form|resolve|claim)$");

    private final TaskService tasks;
    private final EngineAsSystem system;

    VanishedTasks(TaskService tasks, EngineAsSystem system) {
        this.tasks = tasks;
        this.system = system;
    }

    /** True when {@code path} names a task action and that task no longer exists. */
    boolean gone(String path) {
        Matcher task = TASK_PATH.matcher(path == null ? "" : path);
        if (!task.find()) {
            return false;
        }
        String taskId = task.group(1);
        return system.call(() -> tasks.createTaskQuery().taskId(taskId).count()) == 0;
    }

    /** Camunda's error shape (type, message), which Tasklist shows to the user. */
    static Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TaskNotFound");
        body.put("message", "Opgaven findes ikke længere; en anden har måske netop afsluttet den. Hent listen igen.");
        return body;
    }
}
