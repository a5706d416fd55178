package dk.trappen.casefile.process;

import dk.trappen.casefile.ChildCaseProcess;
import dk.trappen.casefile.ChildCases.CaseReassigned;
import dk.trappen.platform.EngineAsSystem;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a case changes hands, its open tasks assigned to the previous caseworker move to the new
 * one, and the process assigns the case's later tasks to the new one too. Runs in the
 * reassignment's transaction, so the case and its tasks never disagree. The case service has
 * checked the user's right to reassign, so the engine work runs as the system.
 */
@Component
class CaseworkerFollowsCase {

    private final ProcessEngine engine;
    private final EngineAsSystem system;

    CaseworkerFollowsCase(ProcessEngine engine, EngineAsSystem system) {
        this.engine = engine;
        this.system = system;
    }

    @EventListener
    void on(CaseReassigned event) {
        system.run(() -> {
            String caseNumber = event.ref().caseNumber();
            // The case's own process and those running under its number (follow-ups, meetings).
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .variableValueEquals(ChildCaseProcess.CASEWORKER, event.from()).list()
                    .forEach(instance -> engine.getRuntimeService().setVariable(instance.getId(),
                            ChildCaseProcess.CASEWORKER, event.to()));
            var tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber);
            // A case that belonged to its team (the router had a full caseload): its unassigned team tasks.
            var owned = event.from() == null
                    ? tasks.taskUnassigned().taskCandidateGroup(dk.trappen.organisation.Groups.team(event.ref().teamId()))
                    : tasks.taskAssignee(event.from());
            owned.list().forEach(task -> engine.getTaskService().setAssignee(task.getId(), event.to()));
        });
    }
}
