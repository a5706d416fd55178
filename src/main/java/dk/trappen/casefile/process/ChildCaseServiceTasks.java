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
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
            replaceAfterFollowUp(execution, measure);
            execution.setVariable(ChildCaseProcess.MEASURE_INTENSIVE,
                    measure.measureKind() == MeasureKind.INTENSIVE_HOME_INTERVENTION);
            execution.setVariable(ChildCaseProcess.MEASURE_PLACEMENT, measure.isPlacement());
            execution.setVariable(ChildCaseProcess.MEASURE_START_DATE, measure.startDate().toString());
            execution.setVariable(ChildCaseProcess.MEASURE_END_DUE_AT,
                    Date.from(deadlines.endOfDay(measure.expectedEndDate())));
            execution.setVariable(ChildCaseProcess.PLAN_DUE_AT,
                    Date.from(deadlines.deadline(LegalRules.CHILD_PLAN, time.now())));
        };
    }

    /**
     * After a follow-up's step change the new measure replaces the old one, which ends the day the
     * new one starts: one move on the staircase (say 4 → 3), not a fall to 0 and a climb back.
     */
    private void replaceAfterFollowUp(DelegateExecution execution, MeasureView granted) {
        Object replaced = execution.getVariable(ChildCaseProcess.REPLACED_MEASURE_ID);
        if (replaced == null) {
            return;
        }
        long old = ((Number) replaced).longValue();
        if (old == granted.id()) {
            return; // the acute placement's own course starting: the measure after the investigation replaces it
        }
        measures.replace(old, granted.id());
        execution.removeVariable(ChildCaseProcess.REPLACED_MEASURE_ID);
    }
}
