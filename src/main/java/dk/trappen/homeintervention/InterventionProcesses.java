package dk.trappen.homeintervention;

import dk.trappen.organisation.CurrentUser;
import dk.trappen.platform.EngineAsSystem;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a running intervention early (the family withdrew, or an acute situation): recorded on the
 * intervention, and the process goes straight to "Beslut videre indsats". One transaction: the
 * reason and the process's move commit together.
 */
@Service
public class InterventionProcesses {

    private final Interventions interventions;
    private final RuntimeService runtime;
    private final EngineAsSystem system;

    InterventionProcesses(Interventions interventions, RuntimeService runtime, EngineAsSystem system) {
        this.interventions = interventions;
        this.runtime = runtime;
        this.system = system;
    }

    @Transactional
    public void endEarly(long interventionId, EarlyEndReason reason, String note, CurrentUser user) {
        interventions.endEarly(interventionId, reason, note, user);
        // The service has decided the user's right; the message itself needs no engine permission.
        system.run(() -> runtime.createMessageCorrelation(IntensiveInterventionProcess.MESSAGE_ENDED_EARLY)
                .processInstanceVariableEquals(IntensiveInterventionProcess.INTERVENTION_ID, interventionId)
                .correlateAllWithResult());
    }
}
