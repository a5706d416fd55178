package dk.trappen.intake.process;

import java.util.Map;

import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernRegistration;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.IntakeProcess;
import dk.trappen.intake.NotifierType;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.PersonalData;
import dk.trappen.platform.TimeSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of "Underretning modtaget". A concern registered over the API arrives with its
 * id and needs nothing; one entered in Tasklist's start form is stored here, and its personal
 * data leaves the process before anything is written.
 */
@Component("concernReceived")
class ConcernReceived implements ExecutionListener {

    /** Start-form fields; those with the pii_ prefix never reach history. */
    static final String NOTIFIER_ORGANISATION = "pii_notifierOrganisation";
    static final String NOTIFIER_CONTACT = "pii_notifierContact";
    static final String CHILD_CPR = "pii_childCpr";
    static final String CHILD_NAME = "pii_childName";
    static final String CHILD_BIRTH_DATE = "pii_childBirthDate";
    static final String DESCRIPTION = "pii_description";
    static final String RECEIVED_AT = "receivedAt";

    private final ConcernService concerns;
    private final TimeSource time;

    ConcernReceived(ConcernService concerns, TimeSource time) {
        this.concerns = concerns;
        this.time = time;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.hasVariable(IntakeProcess.CONCERN_ID)) {
            return;
        }
        FormValues form = new FormValues(execution);
        ConcernRegistration registration = new ConcernRegistration(
                form.enumValue(IntakeProcess.NOTIFIER_TYPE, NotifierType.class),
                form.text(NOTIFIER_ORGANISATION),
                form.text(NOTIFIER_CONTACT),
                new ConcernRegistration.Child(form.text(CHILD_CPR), form.text(CHILD_NAME), form.date(CHILD_BIRTH_DATE)),
                form.dateTime(RECEIVED_AT, time.zone()),
                form.text(DESCRIPTION),
                form.enumValue(IntakeProcess.CONCERN_LEVEL, ConcernLevel.class),
                form.bool(IntakeProcess.CONCERNS_ABUSE));
        Map<String, Object> variables = concerns.registerFromStartForm(registration, execution.getProcessInstanceId());
        PersonalData.removeFrom(execution);
        execution.removeVariable(RECEIVED_AT);
        execution.setVariables(variables);
        execution.setProcessBusinessKey((String) variables.get(IntakeProcess.CONCERN_NUMBER));
    }
}
