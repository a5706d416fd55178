package dk.trappen.platform.internal;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Copies the numbers a caseworker knows a task by (concern, case and early-prevention request
 * number) onto every new user
 * task as task variables, so Tasklist's filters can show them in the list. Task variables are
 * readable with the task itself; process variables would need read access to every instance.
 */
class TaskListColumns extends AbstractBpmnParseListener {

    static final List<String> COLUMNS = List.of("concernNumber", "caseNumber", "requestNumber");

    private static final TaskListener COPY_COLUMNS = task -> {
        for (String name : COLUMNS) {
            Object value = task.getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
    };

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, COPY_COLUMNS);
        }
    }
}
