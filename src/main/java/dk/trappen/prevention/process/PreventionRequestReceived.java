package dk.trappen.prevention.process;

import java.util.Map;

import dk.trappen.intake.IntakeProcess;
import dk.trappen.prevention.PreventionProcess;
import dk.trappen.prevention.PreventionRequests;
import dk.trappen.prevention.ReferrerRole;
import dk.trappen.prevention.RequestInput;
import dk.trappen.prevention.Topic;
import dk.trappen.prevention.WayIn;
import dk.trappen.platform.FieldProblem;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.PersonalData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of both ways into {@code earlyPrevention}. A request over the API arrives with its
 * id; intake's referral with the concern and child; Tasklist's start form is stored here, and its
 * personal data leaves the process before anything is written.
 */
@Component("preventionRequestReceived")
class PreventionRequestReceived implements ExecutionListener {

    static final String CHILD_CPR = "pii_childCpr";
    static final String CHILD_NAME = "pii_childName";
    static final String CHILD_BIRTH_DATE = "pii_childBirthDate";
    static final String PARENT_NAME = "pii_parentName";
    static final String FAMILY_CONTACT = "pii_familyContact";
    static final String REFERRER_ORGANISATION = "pii_referrerOrganisation";
    static final String DESCRIPTION = "pii_description";
    static final String WAY_IN = "wayIn";
    static final String REFERRER_ROLE = "referrerRole";
    static final String FAMILY_AGREES = "familyAgrees";

    /** The start form's labels, so a refusal in Tasklist names the field the user sees. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("wayIn", "Hvem henvender sig?"),
            Map.entry("child", "Barnets navn"),
            Map.entry("child.name", "Barnets navn"),
            Map.entry("child.cpr", "Barnets CPR-nummer"),
            Map.entry("child.birthDate", "Barnets fødselsdato"),
            Map.entry("parentName", "Forælder"),
            Map.entry("familyContact", "Telefon eller e-mail til familien"),
            Map.entry("referrerRole", "Fagperson fra"),
            Map.entry("referrerOrganisation", "Skole, dagtilbud eller sundhedspleje (navn)"),
            Map.entry("familyAgrees", "Henvendelsen sker sammen med familien"),
            Map.entry("topic", "Hvad handler det om?"),
            Map.entry("description", "Hvad ønsker familien hjælp til?"));

    private final PreventionRequests requests;

    PreventionRequestReceived(PreventionRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.hasVariable(PreventionProcess.REQUEST_ID) || execution.hasVariable(PreventionProcess.COUNSELLING_ID)) {
            return;
        }
        FormValues in = new FormValues(execution);
        Map<String, Object> variables;
        if (execution.hasVariable(PreventionProcess.CONCERN_ID)) {
            variables = requests.referredFromIntake(in.id(PreventionProcess.CONCERN_ID),
                    in.text(IntakeProcess.CONCERN_NUMBER), in.id(PreventionProcess.CHILD_ID), execution.getProcessInstanceId());
        } else {
            boolean anonymous = Boolean.TRUE.equals(in.bool(PreventionProcess.ANONYMOUS));
            RequestInput input = new RequestInput(anonymous, in.enumValue(WAY_IN, WayIn.class),
                    anonymous ? null : new RequestInput.Child(in.text(CHILD_CPR), in.text(CHILD_NAME), in.date(CHILD_BIRTH_DATE)),
                    in.text(PARENT_NAME), in.text(FAMILY_CONTACT), in.enumValue(REFERRER_ROLE, ReferrerRole.class),
                    in.text(REFERRER_ORGANISATION), in.bool(FAMILY_AGREES), in.enumValue(PreventionProcess.TOPIC, Topic.class),
                    in.text(DESCRIPTION));
            try {
                variables = requests.registerFromStartForm(input, execution.getProcessInstanceId());
            } catch (InvalidInputException refused) {
                throw new InvalidInputException(refused.problems().stream()
                        .map(p -> new FieldProblem(LABELS.getOrDefault(p.field(), p.field()), p.message())).toList());
            }
            PersonalData.removeFrom(execution);
            for (String field : new String[] {WAY_IN, REFERRER_ROLE, FAMILY_AGREES}) {
                execution.removeVariable(field);
            }
        }
        execution.setVariables(variables);
        execution.setProcessBusinessKey((String) variables.get(PreventionProcess.REQUEST_NUMBER));
    }
}
