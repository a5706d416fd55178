package dk.trappen.homeintervention.process;

import java.time.LocalDate;
import java.util.Date;

import dk.trappen.homeintervention.IntensiveInterventionProcess;
import dk.trappen.homeintervention.Interventions;
import dk.trappen.platform.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of "Intensiv indsats bevilget": registers the intervention for the measure and puts
 * its calendar (phases, meetings, report) into the process from {@code startDate}.
 */
@Component("interventionStarted")
class InterventionStarted implements ExecutionListener {

    private final Interventions interventions;

    InterventionStarted(Interventions interventions) {
        this.interventions = interventions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FormValues in = new FormValues(execution);
        LocalDate start = in.date(IntensiveInterventionProcess.START_DATE);
        long id = interventions.register(in.id(IntensiveInterventionProcess.CASE_ID),
                in.id(IntensiveInterventionProcess.MEASURE_ID), start);
        Interventions.Calendar calendar = interventions.calendar(id);
        execution.setVariable(IntensiveInterventionProcess.INTERVENTION_ID, id);
        execution.setVariable(IntensiveInterventionProcess.PHASE_ONE_ENDS_AT, Date.from(calendar.phaseOneEndsAt()));
        execution.setVariable(IntensiveInterventionProcess.PHASE_TWO_STARTS_AT, Date.from(calendar.phaseTwoStartsAt()));
        execution.setVariable(IntensiveInterventionProcess.PHASE_THREE_STARTS_AT, Date.from(calendar.phaseThreeStartsAt()));
        execution.setVariable(IntensiveInterventionProcess.INTERVENTION_ENDS_AT, Date.from(calendar.endsAt()));
        execution.setVariable(IntensiveInterventionProcess.NEXT_WEEK_STARTS_AT, Date.from(calendar.weekStarts(1)));
    }
}
