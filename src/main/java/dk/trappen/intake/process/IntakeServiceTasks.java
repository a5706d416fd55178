package dk.trappen.intake.process;

import dk.trappen.casefile.CaseRef;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.IntakeProcess;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake's service tasks, one bean per task, named after it. Ids in, ids out. */
@Configuration
class IntakeServiceTasks {

    private final ConcernService concerns;

    IntakeServiceTasks(ConcernService concerns) {
        this.concerns = concerns;
    }

    /** "Opret sag": opens the child's case (or joins the open one) for an investigation. */
    @Bean
    JavaDelegate openCase() {
        return execution -> {
            long concernId = new FormValues(execution).id(IntakeProcess.CONCERN_ID);
            CaseRef ref = concerns.openCase(concernId, concerns.routedBy(concernId));
            execution.setVariable(IntakeProcess.CASE_ID, ref.id());
            execution.setVariable(IntakeProcess.CASE_NUMBER, ref.caseNumber());
        };
    }

    /** "Registrér henvisning": the concern goes to the early-prevention unit. */
    @Bean
    JavaDelegate referToPrevention() {
        return execution -> concerns.refer(new FormValues(execution).id(IntakeProcess.CONCERN_ID));
    }

    /** "Luk underretning": advice given, no further action. */
    @Bean
    JavaDelegate closeConcern() {
        return execution -> concerns.close(new FormValues(execution).id(IntakeProcess.CONCERN_ID));
    }
}
