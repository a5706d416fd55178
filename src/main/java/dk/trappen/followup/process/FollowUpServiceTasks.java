package dk.trappen.followup.process;

import java.time.LocalDate;
import java.util.Date;

import dk.trappen.casefile.ChildCaseProcesses;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.followup.FollowUpDecision;
import dk.trappen.followup.FollowUpPolicy;
import dk.trappen.followup.FollowUpProcess;
import dk.trappen.followup.FollowUpProcesses;
import dk.trappen.followup.FollowUpProperties;
import dk.trappen.followup.FollowUpView;
import dk.trappen.followup.FollowUps;
import dk.trappen.followup.VisitView;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.TimeSource;
import dk.trappen.staircase.Measures;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The follow-up's service tasks (and the child's case's "Start opfølgning"), one bean per task, named after it. */
@Configuration
class FollowUpServiceTasks {

    private final FollowUps followUps;
    private final FollowUpProcesses processes;
    private final ChildCaseProcesses caseProcesses;
    private final Measures measures;
    private final Deadlines deadlines;
    private final FollowUpProperties properties;
    private final TimeSource time;

    FollowUpServiceTasks(FollowUps followUps, FollowUpProcesses processes, ChildCaseProcesses caseProcesses,
                         Measures measures, Deadlines deadlines, FollowUpProperties properties, TimeSource time) {
        this.followUps = followUps;
        this.processes = processes;
        this.caseProcesses = caseProcesses;
        this.measures = measures;
        this.deadlines = deadlines;
        this.properties = properties;
        this.time = time;
    }

    /** childCase's "Start opfølgning af indsatsen": one followUp instance per granted measure. */
    @Bean
    JavaDelegate startFollowUp() {
        return execution -> processes.start(new FormValues(execution).id(FollowUpProcess.MEASURE_ID));
    }

    /**
     * "Planlæg næste opfølgning": the decision's interval added to the last follow-up (or the
     * measure's start); the preparation starts 14 days before, the escalation when the day is over.
     */
    @Bean
    JavaDelegate planFollowUp() {
        return execution -> {
            FormValues in = new FormValues(execution);
            FollowUpView planned = followUps.plan(in.id(FollowUpProcess.MEASURE_ID),
                    in.enumValue(FollowUpProcess.POLICY, FollowUpPolicy.class), in.text(FollowUpProcess.INTERVAL));
            Date dueAt = Date.from(deadlines.endOfDay(planned.dueDate()));
            execution.setVariable(FollowUpProcess.FOLLOW_UP_ID, planned.id());
            execution.setVariable(FollowUpProcess.FOLLOW_UP_DUE_AT, dueAt);
            execution.setVariable(FollowUpProcess.PREPARE_FROM, startOf(planned.dueDate().minus(properties.preparation())));
            execution.removeVariable(FollowUpProcess.DECISION);
            execution.removeVariable(FollowUpProcess.FOLLOW_UP_MEETING);
        };
    }

    /**
     * "Meld beslutningen til sagen": an end ends the measure (the staircase records the move, and
     * the measure's course and this process end with it); a step change sends the caseworker to
     * choose the measure that replaces it.
     */
    @Bean
    JavaDelegate reportFollowUpDecision() {
        return execution -> {
            FormValues in = new FormValues(execution);
            long measureId = in.id(FollowUpProcess.MEASURE_ID);
            FollowUpView followUp = followUps.get(in.id(FollowUpProcess.FOLLOW_UP_ID));
            if (in.enumValue(FollowUpProcess.DECISION, FollowUpDecision.class) == FollowUpDecision.END_MEASURE) {
                measures.end(measureId, followUp.heldOn(), "Afsluttet ved opfølgning " + followUp.heldOn(), followUp.heldBy());
            } else {
                caseProcesses.stepChangeDecided(in.text(FollowUpProcess.CASE_NUMBER), measureId);
            }
        };
    }

    /** "Planlæg tilsynsbesøg": at least twice a year (§ 156 stk. 5); the task appears a month before. */
    @Bean
    JavaDelegate planVisit() {
        return execution -> {
            VisitView visit = followUps.planVisit(new FormValues(execution).id(FollowUpProcess.MEASURE_ID));
            execution.setVariable(FollowUpProcess.VISIT_ID, visit.id());
            execution.setVariable(FollowUpProcess.VISIT_DUE_AT, Date.from(deadlines.endOfDay(visit.dueDate())));
            execution.setVariable(FollowUpProcess.VISIT_NOTICE_AT, startOf(visit.dueDate().minus(properties.visitNotice())));
        };
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(time.zone()).toInstant());
    }
}
