package dk.trappen.decisions.process;

import dk.trappen.decisions.DecisionProcess;
import dk.trappen.decisions.DecisionProcess.DecisionOutcome;
import dk.trappen.decisions.Decisions;
import dk.trappen.decisions.ProvisionalStatus;
import dk.trappen.platform.FormValues;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The decision's service tasks, one bean per task, named after it. */
@Configuration
class DecisionServiceTasks {

    private final Decisions decisions;

    DecisionServiceTasks(Decisions decisions) {
        this.decisions = decisions;
    }

    /** "Formandens afgørelse bortfalder": not confirmed in time, it lapses and the placement ends. */
    @Bean
    JavaDelegate lapseProvisional() {
        return execution -> {
            ProvisionalStatus status = decisions.expireProvisional(new FormValues(execution).id(DecisionProcess.PROVISIONAL_DECISION_ID));
            execution.setVariable(DecisionProcess.OUTCOME, (status == ProvisionalStatus.CONFIRMED
                    ? DecisionOutcome.CONFIRMED : DecisionOutcome.LAPSED).name());
        };
    }
}
