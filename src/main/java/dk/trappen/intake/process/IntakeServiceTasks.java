package dk.trappen.intake.process;

import java.util.Date;

import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCaseProcesses;
import dk.trappen.casefile.ChildCases;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.IntakeProcess;
import dk.trappen.platform.FormValues;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake's service tasks, one bean per task, named after it. Ids in, ids out. */
@Configuration
class IntakeServiceTasks {

    private final ConcernService concerns;
    private final ChildCases cases;
    private final ChildCaseProcesses caseProcesses;
    private final dk.trappen.staircase.Measures measures;

    IntakeServiceTasks(ConcernService concerns, ChildCases cases, ChildCaseProcesses caseProcesses,
                       dk.trappen.staircase.Measures measures) {
        this.measures = measures;
        this.concerns = concerns;
        this.cases = cases;
        this.caseProcesses = caseProcesses;
    }

    /** "Opret sag": opens the child's case (or joins the open one) for an investigation. */
    @Bean
    JavaDelegate openCase() {
        return execution -> {
            long concernId = new FormValues(execution).id(IntakeProcess.CONCERN_ID);
            var opened = concerns.openCase(concernId, concerns.routedBy(concernId));
            CaseRef ref = opened.ref();
            execution.setVariable(IntakeProcess.CASELOAD_FULL, opened.caseloadFull());
            execution.setVariable(IntakeProcess.CASE_ID, ref.id());
            execution.setVariable(IntakeProcess.CASE_NUMBER, ref.caseNumber());
        };
    }

    /**
     * "Barnets sag startet": the investigation is the first task of the child's case process (or,
     * when that runs already, a new investigation within it); after an afdækning that found support
     * under § 32 enough, the plan is.
     */
    @Bean
    JavaDelegate startInvestigation() {
        return execution -> {
            FormValues variables = new FormValues(execution);
            Date dueAt = (Date) execution.getVariable(IntakeProcess.INVESTIGATION_DUE_AT);
            long caseId = variables.id(IntakeProcess.CASE_ID);
            long concernId = variables.id(IntakeProcess.CONCERN_ID);
            // "Handl akut" placed the child: the placement is a measure from day one, the investigation beside it.
            Long acuteMeasureId = concerns.acutePlacement(concernId)
                    .map(placement -> measures.grantAcutePlacement(cases.context(caseId), placement,
                            concerns.routedBy(concernId)).id())
                    .orElse(null);
            if (Boolean.TRUE.equals(execution.getVariable(IntakeProcess.SUPPORT_AFTER_CLARIFICATION))) {
                caseProcesses.supportAfterClarification(cases.ref(caseId), concernId, dueAt.toInstant());
                return;
            }
            caseProcesses.investigate(cases.ref(caseId), concernId, dueAt.toInstant(), acuteMeasureId);
        };
    }

    /**
     * "Send til genvurdering i sagen": the concern joins the child's open case, whose caseworker gets
     * "Genvurdér sagen" with it (Barnets lov § 137); abuse is passed on, because it decides the outcome.
     */
    @Bean
    JavaDelegate passToCase() {
        return execution -> {
            FormValues variables = new FormValues(execution);
            long concernId = variables.id(IntakeProcess.CONCERN_ID);
            CaseRef ref = concerns.passToCase(concernId);
            Date dueAt = (Date) execution.getVariable(IntakeProcess.INVESTIGATION_DUE_AT);
            execution.setVariable(IntakeProcess.CASE_ID, ref.id());
            execution.setVariable(IntakeProcess.CASE_NUMBER, ref.caseNumber());
            caseProcesses.reassess(ref, concernId, dueAt.toInstant(), concerns.concernsAbuse(concernId));
        };
    }

    /** "Registrér henvisning": the concern goes to the early-prevention unit. */
    @Bean
    JavaDelegate referToPrevention() {
        return execution -> concerns.refer(new FormValues(execution).id(IntakeProcess.CONCERN_ID));
    }

    /** "Henvist til Tidlig Forebyggelse": starts the unit's process earlyPrevention for the concern. */
    @Bean
    JavaDelegate startPrevention() {
        return execution -> concerns.startPrevention(new FormValues(execution).id(IntakeProcess.CONCERN_ID));
    }

    /** "Luk underretning": advice given, no further action. */
    @Bean
    JavaDelegate closeConcern() {
        return execution -> concerns.close(new FormValues(execution).id(IntakeProcess.CONCERN_ID));
    }
}
