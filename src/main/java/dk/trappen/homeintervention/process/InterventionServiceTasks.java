package dk.trappen.homeintervention.process;

import dk.trappen.casefile.ChildCaseProcesses;
import dk.trappen.homeintervention.IntensiveInterventionProcess;
import dk.trappen.homeintervention.Interventions;
import dk.trappen.platform.FormValues;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intervention's service task and event listeners, one bean each, named after what they do. */
@Configuration
class InterventionServiceTasks {

    private final Interventions interventions;
    private final ChildCaseProcesses caseProcesses;

    InterventionServiceTasks(Interventions interventions, ChildCaseProcesses caseProcesses) {
        this.interventions = interventions;
        this.caseProcesses = caseProcesses;
    }

    /** End listener of the phase timers: the phase the calendar has reached is recorded on the case. */
    @Bean
    ExecutionListener phaseStarted() {
        return execution -> interventions.phaseReached(new FormValues(execution).id(IntensiveInterventionProcess.INTERVENTION_ID));
    }

    /** Start listener of "12 uger gennemført". */
    @Bean
    ExecutionListener interventionCompleted() {
        return execution -> interventions.completed(new FormValues(execution).id(IntensiveInterventionProcess.INTERVENTION_ID));
    }

    /**
     * "Meld beslutningen til sagen": whatever comes next (continued home-based support, family
     * treatment, respite care or placement), the caseworker chooses it in the child's case, and the
     * measure granted there replaces the intensive one: one move on the staircase.
     */
    @Bean
    JavaDelegate reportInterventionDecision() {
        return execution -> {
            FormValues in = new FormValues(execution);
            caseProcesses.stepChangeDecided(in.text("caseNumber"), in.id(IntensiveInterventionProcess.MEASURE_ID));
        };
    }
}
