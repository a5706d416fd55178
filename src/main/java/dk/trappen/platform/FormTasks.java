package dk.trappen.platform;

import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The shape every complete-listener of a Camunda Form shares: run the handler (which validates
 * through a module service), name a refused field by the label the user sees in the form, and
 * take the form's personal data out of the process before the engine stores anything.
 */
public final class FormTasks {

    private FormTasks() {
    }

    /** @param labels form field key → its label in the form, for refusal messages */
    /**
     * Whether the task belongs to an instance still on an older version of its model than the latest:
     * its form (bound to the instance's own deployment) may lack fields a newer release requires, so a
     * listener accepts their absence there instead of stranding the running case. An instance moved to
     * the latest version gets the latest form and the full rule.
     */
    public static boolean onOlderModel(org.camunda.bpm.engine.delegate.DelegateTask task, EngineAsSystem system) {
        return system.call(() -> {
            var repository = task.getProcessEngineServices().getRepositoryService();
            var definition = repository.getProcessDefinition(task.getProcessDefinitionId());
            var latest = repository.createProcessDefinitionQuery().processDefinitionKey(definition.getKey())
                    .latestVersion().singleResult();
            return latest != null && definition.getVersion() < latest.getVersion();
        });
    }

    public static TaskListener handler(Map<String, String> labels, TaskListener handler) {
        TaskListener checked = checking(labels, handler);
        return task -> {
            checked.notify(task);
            PersonalData.removeFrom(task);
        };
    }

    /**
     * As {@link #handler}, but leaves the form's personal data for the task's next complete-listener:
     * for a listener of another module that acts on the same form first (a decision recorded before
     * the act it decides), in the same transaction. The last listener takes the data out.
     */
    public static TaskListener checking(Map<String, String> labels, TaskListener handler) {
        return task -> {
            try {
                handler.notify(task);
            } catch (InvalidInputException refused) {
                throw new InvalidInputException(refused.problems().stream()
                        .map(problem -> new FieldProblem(labels.getOrDefault(problem.field(),
                                labels.getOrDefault(PersonalData.PREFIX + problem.field(), problem.field())),
                                problem.message()))
                        .toList());
            }
        };
    }
}
