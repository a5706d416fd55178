package dk.trappen.casefile.process;

import java.util.Date;

import dk.trappen.casefile.ChildCaseProcess;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.deadlines.LegalRules;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.TimeSource;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The child's case's service tasks, one bean per task, named after it. Ids in, routing facts out. */
@Configuration
class ChildCaseServiceTasks {

    private final Measures measures;
    private final Deadlines deadlines;
    private final TimeSource time;

    ChildCaseServiceTasks(Measures measures, Deadlines deadlines, TimeSource time) {
        this.measures = measures;
        this.deadlines = deadlines;
        this.time = time;
    }

    /**
     * "Bevilg indsats": the measure is granted and starts its course. A placement makes the
     * child's plan due within 3 months of the decision (§ 91); the course's last task is due at
     * the measure's expected end.
     */
    @Bean
    JavaDelegate grantMeasure() {
        return execution -> {
            MeasureView measure = measures.grant(new FormValues(execution).id(ChildCaseProcess.MEASURE_ID));
            execution.setVariable(ChildCaseProcess.MEASURE_INTENSIVE,
                    measure.measureKind() == MeasureKind.INTENSIVE_HOME_INTERVENTION);
            execution.setVariable(ChildCaseProcess.MEASURE_PLACEMENT, measure.isPlacement());
            execution.setVariable(ChildCaseProcess.MEASURE_END_DUE_AT,
                    Date.from(deadlines.endOfDay(measure.expectedEndDate())));
            execution.setVariable(ChildCaseProcess.PLAN_DUE_AT,
                    Date.from(deadlines.deadline(LegalRules.CHILD_PLAN, time.now())));
        };
    }
}
