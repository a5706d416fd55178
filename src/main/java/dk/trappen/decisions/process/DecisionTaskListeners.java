package dk.trappen.decisions.process;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dk.trappen.casefile.ChildViews;
import dk.trappen.decisions.CommitteeDecisionInput;
import dk.trappen.decisions.CommitteeSubmissionInput;
import dk.trappen.decisions.Consent;
import dk.trappen.decisions.DecisionFacts;
import dk.trappen.decisions.DecisionProcess;
import dk.trappen.decisions.DecisionProcess.CommitteeOutcome;
import dk.trappen.decisions.DecisionProcess.DecisionChoice;
import dk.trappen.decisions.DecisionProcess.DecisionOutcome;
import dk.trappen.decisions.DecisionView;
import dk.trappen.decisions.Decisions;
import dk.trappen.decisions.HearingInput;
import dk.trappen.decisions.HearingView;
import dk.trappen.decisions.MeasureDecision;
import dk.trappen.decisions.MeasureDecisions;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.FormTasks;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.TimeSource;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners of the decision's user tasks, one bean per task, named after it. Each reads the
 * form once, hands it to {@link Decisions} or {@link MeasureDecisions} (which validate again), and
 * writes back only ids, dates and choices; the reasons, names and answers never stay in the engine.
 */
@Configuration
class DecisionTaskListeners {

    private final Decisions decisions;
    private final MeasureDecisions measureDecisions;
    private final ChildViews childViews;
    private final Organisation organisation;
    private final Deadlines deadlines;
    private final TimeSource time;

    DecisionTaskListeners(Decisions decisions, MeasureDecisions measureDecisions, ChildViews childViews,
                          Organisation organisation, Deadlines deadlines, TimeSource time) {
        this.decisions = decisions;
        this.measureDecisions = measureDecisions;
        this.childViews = childViews;
        this.organisation = organisation;
        this.deadlines = deadlines;
        this.time = time;
    }

    /** Create listener of "Træf afgørelse": what the form shows beside its fields. */
    @Bean
    TaskListener decisionForm() {
        return task -> {
            DecisionFacts facts = measureDecisions.facts(caseId(task), measureId(task), optionalId(task, DecisionProcess.HEARING_ID));
            task.setVariableLocal(DecisionProcess.MEASURE_SUMMARY, facts.measure());
            task.setVariableLocal(DecisionProcess.PLACEMENT, facts.placement());
            task.setVariableLocal(DecisionProcess.YOUNG_PERSON_CONSENT_REQUIRED, facts.youngPersonConsentRequired());
            task.setVariableLocal(DecisionProcess.CUSTODY_HOLDERS_KNOWN, facts.custodyHoldersKnown());
            task.setVariableLocal(DecisionProcess.HEARING_STATUS, facts.hearingStatus());
        };
    }

    /** "Træf afgørelse": grant, refuse, hear the parties first, or put a placement without consent to the committee. */
    @Bean
    TaskListener decide() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            DecisionChoice choice = form.enumValue(DecisionProcess.CHOICE, DecisionChoice.class);
            if (choice == null) {
                throw InvalidInputException.of(DecisionProcess.CHOICE, "vælg, hvad du beslutter");
            }
            Consent custody = form.enumValue(DecisionProcess.CUSTODY_CONSENT, Consent.class);
            Consent young = form.enumValue(DecisionProcess.YOUNG_PERSON_CONSENT, Consent.class);
            Long hearingId = optionalId(task, DecisionProcess.HEARING_ID);
            switch (choice) {
                case HEARING -> {
                    HearingView hearing = decisions.sendHearing(caseId(task), new HearingInput(form.text("pii_hearingSubject"),
                            time.today(), form.date("pii_hearingAnswerDueOn"), form.lines("pii_custodyHolders")), currentUser());
                    task.setVariable(DecisionProcess.HEARING_ID, hearing.id());
                    task.setVariable(DecisionProcess.HEARING_ANSWER_DUE_AT, Date.from(deadlines.endOfDay(hearing.answerDueOn())));
                }
                case COMMITTEE -> {
                    measureDecisions.requireCommitteeCase(caseId(task), measureId(task), custody, young);
                    task.setVariable(DecisionProcess.CUSTODY_CONSENT, custody == null ? Consent.NOT_REQUIRED.name() : custody.name());
                    task.setVariable(DecisionProcess.YOUNG_PERSON_CONSENT, young == null ? Consent.NOT_REQUIRED.name() : young.name());
                }
                case GRANT, REFUSE -> {
                    measureDecisions.decide(caseId(task), measureId(task), new MeasureDecision(choice == DecisionChoice.GRANT,
                            form.date("pii_decidedOn"), form.text("pii_reasons"), custody, young, hearingId, form.lines("pii_custodyHolders")), currentUser());
                    task.setVariable(DecisionProcess.OUTCOME, (choice == DecisionChoice.GRANT
                            ? DecisionOutcome.GRANTED : DecisionOutcome.REFUSED).name());
                }
            }
            // A form value the gateways read; the consents stay only on the committee's way.
            task.setVariable(DecisionProcess.CHOICE, choice.name());
            if (choice != DecisionChoice.COMMITTEE) {
                task.removeVariable(DecisionProcess.CUSTODY_CONSENT);
                task.removeVariable(DecisionProcess.YOUNG_PERSON_CONSENT);
            }
        });
    }

    /**
     * "Afslut eller forlæng indsats" in the case's course: the extension or end is a decision, recorded
     * first; the case's own listener then changes the measure and takes the form's personal data out.
     */
    @Bean
    TaskListener decideMeasureEnd() {
        return FormTasks.checking(FORM_LABELS, task -> {
            FormValues form = new FormValues(task);
            String outcome = form.text("measureOutcome");
            if (!"EXTEND".equals(outcome) && !"END".equals(outcome)) {
                return; // the case's listener names the missing choice
            }
            boolean extend = "EXTEND".equals(outcome);
            measureDecisions.decideOnEnd(caseId(task), measureId(task), new dk.trappen.decisions.MeasureEnd(extend,
                    form.text(extend ? "pii_extensionReason" : "pii_endReason"), form.date("pii_childHeardOn"),
                    form.text("pii_childNotHeardReason"), form.enumValue(DecisionProcess.CUSTODY_CONSENT, Consent.class),
                    form.lines("pii_custodyHolders")), currentUser());
            task.removeVariable(DecisionProcess.CUSTODY_CONSENT);
        });
    }

    /**
     * "Gennemfør opfølgning" deciding to end the measure: the end is a decision (reasons, the child
     * heard at the follow-up), recorded first; the follow-up's own listener then records the follow-up.
     * A placement is not ended here (the follow-up's service refuses it), so it is left to that refusal.
     */
    @Bean
    TaskListener decideAtFollowUp() {
        return FormTasks.checking(FORM_LABELS, task -> {
            FormValues form = new FormValues(task);
            if (!"END_MEASURE".equals(form.text("followUpDecision")) || measureDecisions.isPlacement(measureId(task))
                    || form.text("pii_decisionReason") == null) {
                return; // the follow-up's own rules refuse a placement's end and a missing reason, in its words
            }
            boolean heard = Boolean.TRUE.equals(form.bool("pii_childHeard"));
            java.time.LocalDate heldOn = form.date("followUpHeldOn");
            measureDecisions.decideOnEnd(caseId(task), measureId(task), new dk.trappen.decisions.MeasureEnd(false,
                    form.text("pii_decisionReason"), heard ? (heldOn == null ? time.today() : heldOn) : null,
                    heard ? null : form.text("pii_childNotHeardReason"), null, form.lines("pii_custodyHolders")), currentUser());
        });
    }

    /** "Registrér svar på partshøring": the family's answer as the caseworker received it (once; the API may have it already). */
    @Bean
    TaskListener recordHearingAnswer() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            long hearingId = new FormValues(task).id(DecisionProcess.HEARING_ID);
            if (decisions.hearingFacts(hearingId).answeredOn() == null) {
                decisions.recordHearingAnswer(hearingId, form.date("pii_answeredOn"), form.text("pii_hearingAnswer"), currentUser());
            }
        });
    }

    /** "Forbered indstilling til børne- og ungeudvalget": the submission, with free legal aid offered first. */
    @Bean
    TaskListener prepareSubmission() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            var submission = decisions.submitToCommittee(caseId(task), new CommitteeSubmissionInput(measureId(task),
                    form.text("pii_submission"), time.today(), form.date("pii_legalAidOfferedOn"), form.date("pii_committeeMeetingOn"),
                    form.lines("pii_custodyHolders")), currentUser());
            task.setVariable(DecisionProcess.SUBMISSION_ID, submission.id());
        });
    }

    /** "Registrér udvalgets afgørelse": placed, refused, or the chair's provisional decision in an urgent case. */
    @Bean
    TaskListener recordCommitteeDecision() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            CommitteeOutcome outcome = form.enumValue(DecisionProcess.COMMITTEE_OUTCOME, CommitteeOutcome.class);
            if (outcome == null) {
                throw InvalidInputException.of(DecisionProcess.COMMITTEE_OUTCOME, "vælg udvalgets afgørelse");
            }
            long submissionId = form.id(DecisionProcess.SUBMISSION_ID);
            CommitteeDecisionInput input = committeeInput(task, form, null);
            switch (outcome) {
                case PLACED -> {
                    decisions.recordCommitteeDecision(submissionId, input, currentUser());
                    task.setVariable(DecisionProcess.OUTCOME, DecisionOutcome.GRANTED.name());
                }
                case REFUSED -> {
                    decisions.recordCommitteeRefusal(submissionId, input, currentUser());
                    measureDecisions.rejectAfterCommittee(measureId(task), form.text("pii_committeeReasons"), user());
                    task.setVariable(DecisionProcess.OUTCOME, DecisionOutcome.REFUSED.name());
                }
                case PROVISIONAL -> {
                    DecisionView provisional = decisions.recordChairProvisional(submissionId, input, currentUser());
                    task.setVariable(DecisionProcess.PROVISIONAL_DECISION_ID, provisional.id());
                    task.setVariable(DecisionProcess.PROVISIONAL_LAPSES_AT,
                            Date.from(deadlines.startOfDay(provisional.provisional().confirmBy().plusDays(1))));
                }
            }
        });
    }

    /** "Registrér udvalgets godkendelse": the committee confirms the chair's provisional decision in time. */
    @Bean
    TaskListener confirmProvisional() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            decisions.recordCommitteeDecision(form.id(DecisionProcess.SUBMISSION_ID),
                    committeeInput(task, form, form.id(DecisionProcess.PROVISIONAL_DECISION_ID)), currentUser());
            task.setVariable(DecisionProcess.OUTCOME, DecisionOutcome.CONFIRMED.name());
        });
    }

    private CommitteeDecisionInput committeeInput(DelegateTask task, FormValues form, Long confirms) {
        ChildViews.View view = childViews.latestFor(measureId(task)).orElse(new ChildViews.View(null, null));
        return new CommitteeDecisionInput(form.date("pii_committeeDecidedOn"), form.text("pii_committeeReasons"),
                view.heardOn(), view.notHeardReason(), form.enumValue(DecisionProcess.CUSTODY_CONSENT, Consent.class),
                form.enumValue(DecisionProcess.YOUNG_PERSON_CONSENT, Consent.class),
                optionalId(task, DecisionProcess.HEARING_ID), null, confirms);
    }

    private String user() {
        return organisation.currentUser().id();
    }

    private CurrentUser currentUser() {
        return organisation.currentUser();
    }

    private static long caseId(DelegateTask task) {
        return new FormValues(task).id(DecisionProcess.CASE_ID);
    }

    private static long measureId(DelegateTask task) {
        return new FormValues(task).id(DecisionProcess.MEASURE_ID);
    }

    private static Long optionalId(DelegateTask task, String name) {
        Object id = task.getVariable(name);
        return id == null ? null : ((Number) id).longValue();
    }

    private static TaskListener formHandler(TaskListener handler) {
        return FormTasks.handler(FORM_LABELS, handler);
    }

    /** The labels of the form fields the server checks, as the forms in forms/ show them. */
    static final Map<String, String> FORM_LABELS = Map.ofEntries(
            Map.entry(DecisionProcess.CHOICE, "Afgørelse"),
            Map.entry("reasons", "Begrundelse"),
            Map.entry("custodyHolders", "Forældremyndighedens indehavere"),
            Map.entry(DecisionProcess.CUSTODY_CONSENT, "Samtykke fra forældremyndighedens indehavere"),
            Map.entry(DecisionProcess.YOUNG_PERSON_CONSENT, "Samtykke fra den unge"),
            Map.entry("approvedBy", "Godkendt af teamlederen"),
            Map.entry("childHeardOn", "Barnets synspunkt"),
            Map.entry("childNotHeardReason", "Barnets synspunkt"),
            Map.entry("hearingId", "Partshøring"),
            Map.entry("subject", "Hvad partshøres forældrene om?"),
            Map.entry("answerDueOn", "Svarfrist"),
            Map.entry("answeredOn", "Svaret modtaget den"),
            Map.entry("answer", "Forældrenes svar"),
            Map.entry("submission", "Indstilling til børne- og ungeudvalget"),
            Map.entry("legalAidOfferedOn", "Gratis advokatbistand tilbudt den"),
            Map.entry("committeeMeetingOn", "Udvalgets møde"),
            Map.entry(DecisionProcess.COMMITTEE_OUTCOME, "Udvalgets afgørelse"),
            Map.entry("decidedOn", "Afgørelsens dato"),
            Map.entry("caseId", "Barnets plan"),
            Map.entry("confirms", "Formandens afgørelse"),
            Map.entry("extensionReason", "Begrundelse for forlængelse"),
            Map.entry("endReason", "Begrundelse for at afslutte"),
            Map.entry("decisionReason", "Begrundelse for beslutningen"));
}
