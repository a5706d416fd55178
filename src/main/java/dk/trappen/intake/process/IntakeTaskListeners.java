package dk.trappen.intake.process;

import dk.trappen.intake.AcuteAction;
import dk.trappen.intake.Assessment;
import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.IntakeProcess;
import dk.trappen.intake.NoteKind;
import dk.trappen.intake.Route;
import dk.trappen.organisation.Organisation;
import java.util.List;
import java.util.Map;

import dk.trappen.platform.FormTasks;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The complete-listeners of the intake's user tasks, one bean per task, named after it. Each hands
 * the form's values to {@link ConcernService} (which validates again: a REST caller cannot skip the
 * form's checks; a refusal fails the completion with a readable message), writes back the routing
 * facts, and removes the personal data from the process.
 */
@Configuration
class IntakeTaskListeners {

    private final ConcernService concerns;
    private final Organisation organisation;
    private final dk.trappen.platform.EngineAsSystem system;

    IntakeTaskListeners(ConcernService concerns, Organisation organisation, dk.trappen.platform.EngineAsSystem system) {
        this.system = system;
        this.concerns = concerns;
        this.organisation = organisation;
    }

    /** "Vurdér underretning": the 24-hour assessment. */
    @Bean
    TaskListener assessConcern() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            ConcernLevel level = form.enumValue(IntakeProcess.CONCERN_LEVEL, ConcernLevel.class);
            long concernId = concernId(task);
            concerns.recordAssessment(concernId, new Assessment(form.bool(IntakeProcess.ACUTE_DANGER), level,
                    form.bool(IntakeProcess.BOUNDED_PROBLEM), form.bool(IntakeProcess.FAMILY_MOTIVATED),
                    form.text(IntakeProcess.SECOND_ASSESSOR), form.text(IntakeProcess.NOTE),
                    form.bool(IntakeProcess.CONCERNS_ABUSE)));
            // The gateway "Vedrører overgreb?" and the rule triageConcern read the concern's mark.
            task.setVariable(IntakeProcess.CONCERNS_ABUSE, concerns.concernsAbuse(concernId));
            // "Har barnet en åben sag?" reads the case as it is now, not as it was at registration.
            task.setVariable(IntakeProcess.CHILD_HAS_OPEN_CASE, concerns.childHasOpenCase(concernId));
        });
    }

    /** "Visitér underretning": accept the rule's proposed route or choose another with a reason. */
    @Bean
    TaskListener decideRoute() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            boolean dialogueFirst = Boolean.TRUE.equals(form.bool(IntakeProcess.DIALOGUE_MEETING_FIRST));
            task.setVariable(IntakeProcess.DIALOGUE_MEETING_FIRST, dialogueFirst);
            if (dialogueFirst) {
                concerns.requireDialogueAllowed(concernId(task));
                // The caseworker who asks for the dialogue meeting runs it (networkMeeting's input).
                task.setVariable(IntakeProcess.CASEWORKER, organisation.currentUser().id());
            }
            if (!dialogueFirst) {
                Route chosen = form.enumValue(IntakeProcess.ROUTE, Route.class);
                // A form of an older model version has no decision fields: the route is recorded as before.
                boolean decisionFields = chosen == Route.INVESTIGATION
                        && !(form.text(IntakeProcess.INVESTIGATION_REASONS) == null
                        && form.text(IntakeProcess.CUSTODY_HOLDERS) == null && FormTasks.onOlderModel(task, system));
                concerns.recordTriage(concernId(task), form.enumValue(IntakeProcess.PROPOSED_ROUTE, Route.class),
                        chosen, form.text(IntakeProcess.ROUTE_REASON), form.text(IntakeProcess.ADVICE_GIVEN),
                        decisionFields ? new dk.trappen.intake.InvestigationDecision(form.text(IntakeProcess.INVESTIGATION_REASONS),
                                form.lines(IntakeProcess.CUSTODY_HOLDERS)) : null);
            }
        });
    }

    /** "Foretag afdækning" (§ 19): what was learnt and the revised facts; then triage again. */
    @Bean
    TaskListener clarifyConcern() {
        TaskListener revision = revision(NoteKind.CLARIFICATION);
        return formHandler(task -> {
            boolean support = Boolean.TRUE.equals(new FormValues(task).bool(IntakeProcess.SUPPORT_AFTER_CLARIFICATION));
            if (support && concerns.concernsAbuse(concernId(task))) {
                throw InvalidInputException.of(IntakeProcess.SUPPORT_AFTER_CLARIFICATION, "en underretning om overgreb"
                        + " kræver en børnefaglig undersøgelse (Barnets lov § 20 stk. 1 nr. 2), ikke kun en afdækning");
            }
            revision.notify(task);
            task.setVariable(IntakeProcess.SUPPORT_AFTER_CLARIFICATION, support);
        });
    }

    /** "Revurdér efter dialogmødet": after the family heard the concern first-hand; then triage again. */
    @Bean
    TaskListener holdDialogueMeeting() {
        TaskListener revision = revision(NoteKind.DIALOGUE_MEETING);
        return task -> {
            revision.notify(task);
            task.setVariable(IntakeProcess.DIALOGUE_MEETING_FIRST, false);
        };
    }

    /** "Fordel sagen: rådgiveren har fuldt sagstal": the team leader gives the case to a caseworker. */
    @Bean
    TaskListener distributeCase() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            concerns.distributeCase(form.id(IntakeProcess.CASE_ID), form.text(IntakeProcess.ASSIGNED_CASEWORKER));
        });
    }

    /** "Send kvittering": the acknowledgement of receipt becomes an outbox letter. */
    @Bean
    TaskListener sendAcknowledgement() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            concerns.acknowledge(concernId(task), form.text(IntakeProcess.ACKNOWLEDGEMENT_TEXT));
            // A notifier in regular contact with the child is told later what the concern led to (§ 138).
            boolean regular = Boolean.TRUE.equals(form.bool(IntakeProcess.REGULAR_CONTACT));
            task.setVariable(IntakeProcess.REGULAR_CONTACT, regular);
            if (regular) {
                java.time.Instant due = concerns.extendedFeedbackDue(concernId(task));
                task.setVariable(IntakeProcess.FEEDBACK_DUE_AT, java.util.Date.from(due));
                task.setVariable(IntakeProcess.FEEDBACK_FROM, java.util.Date.from(due.minus(IntakeProcess.FEEDBACK_NOTICE)));
            }
        });
    }

    /** Create listener of "Giv udvidet tilbagemelding": what the concern led to, for the form. */
    @Bean
    TaskListener feedbackStatus() {
        return task -> task.setVariableLocal(IntakeProcess.FEEDBACK_STATUS, concerns.extendedFeedbackStatus(concernId(task)));
    }

    /** "Giv udvidet tilbagemelding" (§ 138): the letter to the notifier in regular contact with the child. */
    @Bean
    TaskListener giveFeedback() {
        return formHandler(task -> concerns.giveExtendedFeedback(concernId(task),
                new FormValues(task).text(IntakeProcess.FEEDBACK_TEXT)));
    }

    @Bean
    TaskListener talkToChild() {
        return journalNote(NoteKind.CHILD_CONVERSATION);
    }

    /** "Handl akut": what was done; an acute placement is granted as a measure when the case opens. */
    @Bean
    TaskListener actAcutely() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            Long offerId;
            try {
                offerId = form.text("offerId") == null ? null : Long.valueOf(form.text("offerId"));
            } catch (NumberFormatException e) {
                throw dk.trappen.platform.InvalidInputException.of("offerId", "er ikke et tilbud i tilbudsviften");
            }
            AcuteAction.Kind kind = form.enumValue("acuteAction", AcuteAction.Kind.class);
            // A "Handl akut" of an older model version has a form with the note only: another acute act.
            if (kind == null && !task.hasVariableLocal("offerOptions") && FormTasks.onOlderModel(task, system)) {
                kind = AcuteAction.Kind.OTHER;
            }
            concerns.recordAcuteAction(concernId(task), new AcuteAction(kind, offerId, form.date("pii_placementStartDate"),
                    form.text(IntakeProcess.NOTE)));
            task.removeVariable("offerId");
        });
    }

    /** Create listener of "Handl akut": the placement offers that fit the child, for the select. */
    @Bean
    TaskListener acutePlacementChoices() {
        return task -> {
            var options = concerns.acutePlacementOffers(concernId(task)).stream()
                    .map(offer -> Map.of("label", "Trin " + offer.staircaseStep() + " · " + offer.name(),
                            "value", String.valueOf(offer.id()))).toList();
            task.setVariableLocal("offerOptions", org.camunda.spin.plugin.variable.SpinValues
                    .jsonValue(org.camunda.spin.Spin.JSON(options).toString()).create());
        };
    }

    @Bean
    TaskListener handleLateAssessment() {
        return journalNote(NoteKind.LATE_ASSESSMENT);
    }

    @Bean
    TaskListener handleLateAcknowledgement() {
        return journalNote(NoteKind.LATE_ACKNOWLEDGEMENT);
    }

    private TaskListener revision(NoteKind kind) {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            concerns.recordRevision(concernId(task), kind, form.enumValue(IntakeProcess.CONCERN_LEVEL, ConcernLevel.class),
                    form.bool(IntakeProcess.BOUNDED_PROBLEM), form.bool(IntakeProcess.FAMILY_MOTIVATED),
                    form.text(IntakeProcess.NOTE));
        });
    }

    private TaskListener journalNote(NoteKind kind) {
        return formHandler(task -> concerns.recordNote(concernId(task), kind, new FormValues(task).text(IntakeProcess.NOTE)));
    }

    private static TaskListener formHandler(TaskListener handler) {
        return FormTasks.handler(FORM_LABELS, handler);
    }

    /** The labels of the form fields the server checks, as the forms in forms/ show them. */
    static final Map<String, String> FORM_LABELS = Map.ofEntries(
            Map.entry(IntakeProcess.ACUTE_DANGER, "Akut fare"),
            Map.entry(IntakeProcess.CONCERN_LEVEL, "Bekymringsniveau"),
            Map.entry(IntakeProcess.BOUNDED_PROBLEM, "Problemet er afgrænset"),
            Map.entry(IntakeProcess.FAMILY_MOTIVATED, "Familien er motiveret"),
            Map.entry(IntakeProcess.SECOND_ASSESSOR, "Anden vurderer"),
            Map.entry(IntakeProcess.NOTE, "Notat"),
            Map.entry(IntakeProcess.SUPPORT_AFTER_CLARIFICATION, "Afdækningen viser, at støtte efter § 32 er nok"),
            Map.entry(IntakeProcess.ROUTE, "Beslutning"),
            Map.entry(IntakeProcess.ROUTE_REASON, "Begrundelse for at vælge en anden rute"),
            Map.entry(IntakeProcess.ADVICE_GIVEN, "Rådgivning givet"),
            Map.entry(IntakeProcess.ACKNOWLEDGEMENT_TEXT, "Kvitteringens tekst"),
            Map.entry(IntakeProcess.FEEDBACK_TEXT, "Tilbagemeldingens tekst"),
            Map.entry(IntakeProcess.INVESTIGATION_REASONS, "Begrundelse for den børnefaglige undersøgelse"),
            Map.entry(IntakeProcess.CUSTODY_HOLDERS, "Forældremyndighedens indehavere"),
            Map.entry(IntakeProcess.CONCERNS_ABUSE, "Underretningen vedrører overgreb"),
            Map.entry(IntakeProcess.DIALOGUE_MEETING_FIRST, "Hold først dialogmøde"),
            Map.entry(IntakeProcess.ASSIGNED_CASEWORKER, "Ansvarlig rådgiver"),
            Map.entry("caseworker", "Ansvarlig rådgiver"),
            Map.entry("acuteAction", "Hvad blev der gjort?"),
            Map.entry("offerId", "Anbringelsessted"),
            Map.entry("placementStartDate", "Anbragt fra"));

    private static long concernId(DelegateTask task) {
        return new FormValues(task).id(IntakeProcess.CONCERN_ID);
    }
}
