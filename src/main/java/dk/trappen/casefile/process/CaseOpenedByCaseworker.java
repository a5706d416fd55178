package dk.trappen.casefile.process;

import java.util.Map;

import dk.trappen.casefile.CaseNoteKind;
import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCaseProcess;
import dk.trappen.casefile.ChildCaseProcesses;
import dk.trappen.casefile.ChildCases;
import dk.trappen.casefile.ChildRegistry;
import dk.trappen.casefile.InvestigationOpened;
import dk.trappen.casefile.ChildRef;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.deadlines.LegalRules;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.FieldProblem;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.PersonalData;
import dk.trappen.platform.TimeSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of "Sag oprettet af rådgiver": a caseworker opens a case for a child the
 * registry knows (by CPR number) and becomes its responsible caseworker. Started by intake's
 * message, the instance arrives with its variables and this listener does nothing.
 */
@Component("caseOpenedByCaseworker")
class CaseOpenedByCaseworker implements ExecutionListener {

    static final String CPR = "pii_cpr";
    static final String REASON = "pii_reason";
    static final String CUSTODY_HOLDERS = "pii_custodyHolders";
    static final Map<String, String> LABELS = Map.of(CPR, "Barnets CPR-nummer", REASON, "Hvorfor oprettes sagen?",
            "reasons", "Hvorfor oprettes sagen?", "custodyHolders", "Forældremyndighedens indehavere");

    private final ChildRegistry registry;
    private final ChildCases cases;
    private final ChildCaseProcesses processes;
    private final Organisation organisation;
    private final Deadlines deadlines;
    private final TimeSource time;
    private final org.springframework.context.ApplicationEventPublisher events;

    CaseOpenedByCaseworker(ChildRegistry registry, ChildCases cases, ChildCaseProcesses processes,
                           Organisation organisation, Deadlines deadlines, TimeSource time,
                           org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.registry = registry;
        this.cases = cases;
        this.processes = processes;
        this.organisation = organisation;
        this.deadlines = deadlines;
        this.time = time;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.hasVariable(ChildCaseProcess.CASE_ID)) {
            return;
        }
        FormValues form = new FormValues(execution);
        CurrentUser user = organisation.currentUser();
        String reason = form.text(REASON);
        if (reason == null) {
            throw refused(REASON, "skal udfyldes");
        }
        ChildRef child = registry.findKnown(form.text(CPR), user)
                .orElseThrow(() -> refused(CPR, "ingen kendt barn har dette CPR-nummer i dit team; "
                        + "et nyt barn kommer ind som en underretning"));
        cases.openCaseOf(child.id()).ifPresent(open -> {
            throw refused(CPR, "barnet har allerede en åben sag, " + open.caseNumber());
        });
        CaseRef ref = cases.openCase(child.id(), user.id(), null);
        cases.recordNote(ref.id(), CaseNoteKind.CASE_OPENED, reason, null, user.id());
        boolean investigate = !Boolean.FALSE.equals(form.bool(ChildCaseProcess.INVESTIGATION_NEEDED));
        if (investigate) {
            // Opening an investigation is a decision (§ 20), with its letter to the custody holders.
            try {
                events.publishEvent(new InvestigationOpened(ref.id(), user.id(), time.today(), reason,
                        form.lines(CUSTODY_HOLDERS), false));
            } catch (InvalidInputException refused) {
                throw new InvalidInputException(refused.problems().stream().map(problem -> new FieldProblem(
                        LABELS.getOrDefault(problem.field(), problem.field()), problem.message())).toList());
            }
        }

        PersonalData.removeFrom(execution);
        execution.setVariables(processes.caseVariables(ref));
        execution.setVariable(ChildCaseProcess.INVESTIGATION_NEEDED, investigate);
        execution.setVariables(processes.youngPersonPlanVariables(ref));
        execution.setVariables(ChildCaseProcess.investigationDue(
                deadlines.deadline(LegalRules.INVESTIGATION, time.now()), time.zone()));
        execution.setProcessBusinessKey(ref.caseNumber());
    }

    private static InvalidInputException refused(String field, String message) {
        return new InvalidInputException(java.util.List.of(new FieldProblem(LABELS.get(field), message)));
    }
}
