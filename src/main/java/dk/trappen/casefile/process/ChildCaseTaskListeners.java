package dk.trappen.casefile.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dk.trappen.casefile.CaseAction;
import dk.trappen.casefile.CaseNoteKind;
import dk.trappen.casefile.ChildCaseProcess;
import dk.trappen.casefile.ChildCases;
import dk.trappen.casefile.ChildPlans;
import dk.trappen.casefile.ChildPlans.GoalInput;
import dk.trappen.casefile.GoalParty;
import dk.trappen.casefile.InvestigationInput;
import dk.trappen.casefile.Investigations;
import dk.trappen.casefile.Reassessment;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.EngineAsSystem;
import dk.trappen.platform.FormTasks;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.Problems;
import dk.trappen.staircase.Approval;
import dk.trappen.staircase.MeasureProposal;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import dk.trappen.staircase.Offer;
import dk.trappen.staircase.PlacementEnd;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners of the child's case's user tasks, one bean per task, named after it. Each hands
 * the form to a module service (which validates again, so a REST caller cannot skip the form's
 * checks), writes back the routing facts, and takes the personal data out of the process.
 */
@Configuration
class ChildCaseTaskListeners {

    private final ChildCases cases;
    private final Investigations investigations;
    private final ChildPlans plans;
    private final Measures measures;
    private final Organisation organisation;
    private final Deadlines deadlines;
    private final EngineAsSystem system;
    private final dk.trappen.casefile.ChildViews childViews;

    /** The event sub-process's investigation: the case cannot be closed under it. */
    static final List<String> NEW_CONCERN_TASKS = List.of("Task_InvestigateNewConcern", "Task_ReassessCase");

    ChildCaseTaskListeners(ChildCases cases, Investigations investigations, ChildPlans plans, Measures measures,
                           Organisation organisation, Deadlines deadlines, EngineAsSystem system,
                           dk.trappen.casefile.ChildViews childViews) {
        this.childViews = childViews;
        this.deadlines = deadlines;
        this.system = system;
        this.cases = cases;
        this.investigations = investigations;
        this.plans = plans;
        this.measures = measures;
        this.organisation = organisation;
    }

    /** "Gennemfør børnefaglig undersøgelse" and "Undersøg ny underretning". */
    @Bean
    TaskListener investigate() {
        return formHandler(task -> {
            if (alongside(task)) {
                // § 22 stk. 6: the investigation takes a stand on support started beside it, so that
                // support is decided first (and its grant then knows the case is still followed here).
                throw dk.trappen.platform.InvalidInputException.of(ChildCaseProcess.MEASURE_ALONGSIDE,
                        "støtten, der er sat i gang ved siden af undersøgelsen, er ikke bevilget endnu: gør 'Vælg indsats'"
                                + " (og en eventuel godkendelse) færdig, så undersøgelsen kan tage stilling til den"
                                + " (Barnets lov § 22 stk. 6)");
            }
            FormValues form = new FormValues(task);
            Integer step = form.integer(ChildCaseProcess.RECOMMENDED_STEP);
            InvestigationInput input = new InvestigationInput(form.text("pii_icsHealth"), form.text("pii_icsDevelopment"),
                    form.text("pii_icsSchool"), form.text("pii_icsLeisure"), form.text("pii_icsSafeCare"),
                    form.text("pii_icsStimulation"), form.text("pii_icsRelationships"), form.text("pii_icsFamilyHistory"),
                    form.text("pii_icsHousingWorkMoney"), form.text("pii_icsSocialNetwork"), form.date("pii_childHeardOn"),
                    form.text("pii_childConversationWaivedReason"), form.text("pii_childRulerCategory"), step,
                    form.text("pii_conclusion"));
            Object concernId = task.getVariable(ChildCaseProcess.CONCERN_ID);
            Date dueAt = (Date) (task.hasVariable(ChildCaseProcess.NEW_CONCERN_DUE_AT)
                    ? task.getVariable(ChildCaseProcess.NEW_CONCERN_DUE_AT)
                    : task.getVariable(ChildCaseProcess.INVESTIGATION_DUE_AT));
            investigations.record(caseId(task), concernId == null ? null : ((Number) concernId).longValue(),
                    dueAt == null ? task.getDueDate().toInstant() : dueAt.toInstant(), input, user());
            task.setVariable(ChildCaseProcess.RECOMMENDED_STEP, step);
        });
    }

    /** "Tag stilling til ungeplan": the young person turned 16 (§ 108); "Udarbejd ungeplan" follows, or not. */
    @Bean
    TaskListener decideYoungPersonPlan() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            String decision = form.text("youngPersonPlanDecision");
            Boolean write = decision == null ? null : switch (decision) {
                case "WRITE" -> true;
                case "NOT_NEEDED" -> false;
                default -> throw InvalidInputException.of("youngPersonPlanDecision", "er ikke et af valgene");
            };
            task.setVariable(ChildCaseProcess.YOUNG_PERSON_PLAN_NEEDED,
                    plans.decideYoungPersonPlan(caseId(task), write, form.text("pii_youngPersonPlanReason"), user()));
        });
    }

    /** "Genvurdér sagen": a new concern about the child, reassessed on the running case (§ 137). */
    @Bean
    TaskListener reassessCase() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            Reassessment.Outcome outcome = form.enumValue(ChildCaseProcess.REASSESSMENT_OUTCOME, Reassessment.Outcome.class);
            boolean abuse = Boolean.TRUE.equals(task.getVariable(ChildCaseProcess.CONCERNS_ABUSE));
            // "Genvurdér sagen" of an older model version has no field for them: no decision letter there.
            List<String> names = form.text("pii_custodyHolders") == null && FormTasks.onOlderModel(task, system)
                    ? null : form.lines("pii_custodyHolders");
            cases.reassess(caseId(task), new Reassessment(form.id(ChildCaseProcess.CONCERN_ID), outcome,
                    form.text("pii_note"), abuse, names), user());
        });
    }

    /** "Udarbejd foreløbig vurdering": the investigation missed its 4 months (§ 20). */
    @Bean
    TaskListener interimAssessment() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            Problems problems = new Problems();
            problems.require("expectedCompletion", form.date("pii_expectedCompletion"));
            problems.throwIfAny();
            cases.recordNote(caseId(task), CaseNoteKind.INTERIM_ASSESSMENT, form.text("pii_note"),
                    form.date("pii_expectedCompletion"), user());
        });
    }

    /** "Undersøgelse ikke afsluttet inden 4 måneder": the team leader's handling. */
    @Bean
    TaskListener handleLateInvestigation() {
        return formHandler(task -> cases.recordNote(caseId(task), CaseNoteKind.LATE_INVESTIGATION,
                new FormValues(task).text("pii_note"), null, user()));
    }

    /** "Udarbejd barnets plan", "Revidér barnets plan" and the plan after a placement: a new version. */
    @Bean
    TaskListener writePlan() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            List<GoalInput> goals = List.of(goal(form, "childGoal1", GoalParty.CHILD), goal(form, "childGoal2", GoalParty.CHILD),
                    goal(form, ChildPlans.ADULTHOOD_GOAL, GoalParty.CHILD),
                    goal(form, "parentGoal1", GoalParty.PARENTS), goal(form, "parentGoal2", GoalParty.PARENTS));
            // A plan task of an older model version has a form without the ungeplan's fields: a child's plan then.
            ChildPlans.YoungPersonPart part = !task.hasVariableLocal(YOUNG_PERSON_PLAN) && FormTasks.onOlderModel(task, system)
                    ? null : new ChildPlans.YoungPersonPart(form.bool("youngPersonTookPart"), form.text("pii_youngPersonNotPartReason"));
            plans.write(caseId(task), goals, form.text("pii_planReason"), part, user());
        });
    }

    /** Whether the plan form is the young person's plan (ungeplan, from 16): a fact the form reads, local to the task. */
    static final String YOUNG_PERSON_PLAN = "youngPersonPlan";

    /** Create listener of the plan tasks: the form shows the ungeplan's fields from 16 (§§ 108–109). */
    @Bean
    TaskListener planForm() {
        return task -> task.setVariableLocal(YOUNG_PERSON_PLAN, plans.youngPersonPlan(caseId(task)));
    }

    private static GoalInput goal(FormValues form, String field, GoalParty party) {
        String key = "pii_" + field;
        return new GoalInput(field, party, form.text(key), form.text(key + "Progress"), form.date(key + "TargetDate"));
    }

    /** Create listener of "Vælg indsats" and "Ret indsats": the offers that fit the child, for the select. */
    @Bean
    TaskListener offerChoices() {
        return task -> {
            List<Map<String, String>> options = measures.offersFor(cases.context(caseId(task)).childAge()).stream()
                    .map(offer -> Map.of("label", label(offer), "value", String.valueOf(offer.id()))).toList();
            task.setVariableLocal(ChildCaseProcess.OFFER_OPTIONS,
                    SpinValues.jsonValue(Spin.JSON(options).toString()).create());
            // The form asks for the return home only when the measure chosen replaces a running placement.
            Long replaced = replacedMeasureId(task);
            MeasureView replacedMeasure = replaced == null ? null : measures.get(replaced);
            task.setVariableLocal(ChildCaseProcess.REPLACES_PLACEMENT, replacedMeasure != null
                    && replacedMeasure.status() == dk.trappen.staircase.MeasureStatus.GRANTED && replacedMeasure.isPlacement());
        };
    }

    private static String label(Offer offer) {
        return "Trin " + offer.staircaseStep() + " · " + offer.name() + " (" + offer.minAge() + "–" + offer.maxAge()
                + " år" + (offer.standardDurationWeeks() == null ? "" : ", " + offer.standardDurationWeeks() + " uger")
                + ")";
    }

    /** "Vælg indsats": the measure is proposed; the decision grantingAuthority reads its step and kind. */
    @Bean
    TaskListener chooseMeasure() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            childViews.check(form.date("pii_childHeardOn"), form.text("pii_childNotHeardReason"));
            MeasureView measure = measures.propose(context(task), proposal(form), replacedForProposal(task, form), user());
            recordChildView(task, form, measure.id(), dk.trappen.casefile.ChildViews.Decision.CHOOSE);
            routeMeasure(task, measure);
        });
    }

    /** The child's view before the decision (Barnets lov § 5): the conversation's date, or why not. */
    private void recordChildView(DelegateTask task, FormValues form, long measureId, dk.trappen.casefile.ChildViews.Decision decision) {
        childViews.record(caseId(task), measureId, decision, form.date("pii_childHeardOn"),
                form.text("pii_childNotHeardReason"), user());
    }

    /** "Ret indsats": the same measure, changed after the team leader sent it back. */
    @Bean
    TaskListener reviseMeasure() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            childViews.check(form.date("pii_childHeardOn"), form.text("pii_childNotHeardReason"));
            MeasureView measure = measures.revise(measureId(task), context(task), proposal(form),
                    replacedForProposal(task, form), user());
            recordChildView(task, form, measure.id(), dk.trappen.casefile.ChildViews.Decision.REVISE);
            routeMeasure(task, measure);
        });
    }

    /** The case as the staircase needs it, and whether this measure is chosen beside the running investigation. */
    private dk.trappen.staircase.CaseContext context(DelegateTask task) {
        return cases.context(caseId(task)).alongside(alongside(task));
    }

    /**
     * The running measure the choice replaces, for the return-home check. A "Vælg indsats" of an older
     * model version has no return-home fields: there the grant ends the placement as it did before.
     */
    private Long replacedForProposal(DelegateTask task, FormValues form) {
        Long replaced = replacedMeasureId(task);
        boolean formWithoutReturnHome = form.bool("placementStatement") == null && form.text("pii_returnHomePlan") == null;
        return replaced != null && formWithoutReturnHome && FormTasks.onOlderModel(task, system) ? null : replaced;
    }

    private static Long replacedMeasureId(DelegateTask task) {
        Object replaced = task.getVariable(ChildCaseProcess.REPLACED_MEASURE_ID);
        return replaced == null ? null : ((Number) replaced).longValue();
    }

    private static boolean alongside(DelegateTask task) {
        return Boolean.TRUE.equals(task.getVariable(ChildCaseProcess.MEASURE_ALONGSIDE));
    }

    private static MeasureProposal proposal(FormValues form) {
        String offer = form.text(ChildCaseProcess.OFFER_ID);
        Long offerId;
        try {
            offerId = offer == null ? null : Long.valueOf(offer);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(ChildCaseProcess.OFFER_ID, "er ikke et tilbud i tilbudsviften");
        }
        return new MeasureProposal(offerId, form.date("pii_measureStartDate"), form.integer("pii_measureDurationWeeks"),
                form.text("pii_measurePurpose"), form.text("pii_measureStepReason"),
                form.text("pii_measureAlongsideReason"), form.text("pii_returnHomePlan"), form.bool("placementStatement"));
    }

    private static void routeMeasure(DelegateTask task, MeasureView measure) {
        task.setVariable(ChildCaseProcess.MEASURE_ID, measure.id());
        task.setVariable(ChildCaseProcess.STAIRCASE_STEP, measure.staircaseStep());
        task.setVariable(ChildCaseProcess.MEASURE_KIND, measure.measureKind().name());
        task.setVariable(ChildCaseProcess.DECISION_REQUIRED, measure.measureKind().needsDecision());
        task.removeVariable(ChildCaseProcess.OFFER_ID);
    }

    /** "Godkend indsats": approve, reject (the caseworker chooses again) or return for changes. */
    @Bean
    TaskListener approveMeasure() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            Approval approval = form.enumValue(ChildCaseProcess.APPROVAL, Approval.class);
            if (approval == Approval.APPROVED) {
                childViews.requireFor(measureId(task));
            }
            measures.decide(measureId(task), approval, form.text("pii_approvalReason"), user());
            cases.recordInvolvement(caseId(task), user());
        });
    }

    /** "Afslut eller forlæng indsats": the end is a move on the staircase; an extension a new due date. */
    @Bean
    TaskListener endMeasure() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            String outcome = form.text(ChildCaseProcess.MEASURE_OUTCOME);
            if ("EXTEND".equals(outcome) || "END".equals(outcome)) {
                recordChildView(task, form, measureId(task), "EXTEND".equals(outcome)
                        ? dk.trappen.casefile.ChildViews.Decision.EXTEND : dk.trappen.casefile.ChildViews.Decision.END);
            }
            if ("EXTEND".equals(outcome)) {
                MeasureView measure = measures.extend(measureId(task), form.date("pii_newExpectedEndDate"),
                        form.text("pii_extensionReason"), user());
                task.setVariable(ChildCaseProcess.MEASURE_END_DUE_AT, Date.from(deadlines.endOfDay(measure.expectedEndDate())));
                task.setVariable(ChildCaseProcess.MEASURE_EXTENDED, true);
            } else if ("END".equals(outcome) && Boolean.TRUE.equals(task.getVariable(ChildCaseProcess.MEASURE_PLACEMENT))
                    && !(form.bool("returnsHome") == null && FormTasks.onOlderModel(task, system))) {
                LocalDate endedOn = form.date("pii_endDate");
                measures.endPlacement(measureId(task), endedOn, form.text("pii_endReason"),
                        new PlacementEnd(form.bool("returnsHome"), form.bool("placementStatement"), form.text("pii_returnHomePlan"),
                                form.bool("supportAfterReturn")), user())
                        .ifPresent(followUpDue -> {
                            // Local to the course; the course's output hands it to "Hjemgivet?" when it ends.
                            task.getExecution().setVariableLocal(ChildCaseProcess.RETURN_HOME_FOLLOW_UP_AT,
                                    Date.from(deadlines.endOfDay(followUpDue)));
                            task.getExecution().setVariableLocal(ChildCaseProcess.RETURN_HOME_FOLLOW_UP_FROM,
                                    Date.from(deadlines.startOfDay(followUpDue.minus(ChildCaseProcess.RETURN_HOME_NOTICE))));
                        });
                task.setVariable(ChildCaseProcess.MEASURE_EXTENDED, false);
            } else if ("END".equals(outcome)) {
                measures.end(measureId(task), form.date("pii_endDate"), form.text("pii_endReason"), user());
                task.setVariable(ChildCaseProcess.MEASURE_EXTENDED, false);
            } else {
                throw InvalidInputException.of(ChildCaseProcess.MEASURE_OUTCOME, "vælg afslut eller forlæng");
            }
        });
    }

    /** "Følg op efter hjemgivelsen": how the child is doing at home, heard first (§ 5). */
    @Bean
    TaskListener followUpAfterReturn() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            childViews.check(form.date("pii_childHeardOn"), form.text("pii_childNotHeardReason"));
            Problems problems = new Problems();
            problems.require("supportNeeded", form.bool("supportNeeded"));
            problems.require("note", form.text("pii_note"));
            problems.throwIfAny();
            LocalDate heardOn = form.date("pii_childHeardOn");
            String text = (Boolean.TRUE.equals(form.bool("supportNeeded"))
                    ? "Familien har brug for støtte: vælg en indsats under \"Følg sagen\". " : "Ingen yderligere støtte. ")
                    + (heardOn != null ? "Barnet hørt " + heardOn + ". " : "Barnet ikke hørt: " + form.text("pii_childNotHeardReason").trim() + ". ")
                    + form.text("pii_note").trim();
            cases.recordNote(caseId(task), CaseNoteKind.RETURN_HOME_FOLLOW_UP, text, null, user());
        });
    }

    /** "Følg sagen": the next step; closing is refused while a measure has not ended. */
    @Bean
    TaskListener followCase() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            CaseAction action = form.enumValue(ChildCaseProcess.CASE_ACTION, CaseAction.class);
            if (action == null) {
                throw InvalidInputException.of(ChildCaseProcess.CASE_ACTION, "skal udfyldes");
            }
            String note = form.text("pii_note");
            if (note != null) {
                cases.recordNote(caseId(task), CaseNoteKind.CASE_REVIEW, note, null, user());
            }
            if (action == CaseAction.CLOSE_CASE) {
                long openInvestigations = system.call(() -> task.getProcessEngineServices().getTaskService().createTaskQuery()
                        .processInstanceId(task.getProcessInstanceId()).taskDefinitionKeyIn(NEW_CONCERN_TASKS.toArray(String[]::new)).count());
                if (openInvestigations > 0) {
                    throw InvalidInputException.of(ChildCaseProcess.CASE_ACTION,
                            "en ny underretning om barnet er under undersøgelse: afslut undersøgelsen først");
                }
                cases.close(caseId(task), form.text("pii_closeReason"), user());
            }
        });
    }

    private String user() {
        return organisation.currentUser().id();
    }

    private static long caseId(DelegateTask task) {
        return new FormValues(task).id(ChildCaseProcess.CASE_ID);
    }

    private static long measureId(DelegateTask task) {
        return new FormValues(task).id(ChildCaseProcess.MEASURE_ID);
    }

    private static TaskListener formHandler(TaskListener handler) {
        return FormTasks.handler(FORM_LABELS, handler);
    }

    /** The labels of the form fields the server checks, as the forms in forms/ show them. */
    static final Map<String, String> FORM_LABELS = Map.ofEntries(
            Map.entry("measureAlongsideReason", "Hvorfor kan støtten ikke vente på undersøgelsen?"),
            Map.entry("youngPersonPlanDecision", "Ungeplan"),
            Map.entry("youngPersonPlanReason", "Hvorfor er der ikke behov for en ungeplan?"),
            Map.entry(ChildCaseProcess.MEASURE_ALONGSIDE, "Støtte ved siden af undersøgelsen"),
            Map.entry("childConversationWaivedReason", "Hvorfor er der ikke holdt en samtale med barnet?"),
            Map.entry("childHeardOn", "Dato for samtalen med barnet"),
            Map.entry("childNotHeardReason", "Hvorfor er der ikke holdt en samtale med barnet?"),
            Map.entry("childRulerCategory", "Kategori på Børnelinealen"),
            Map.entry("recommendedStep", "Anbefalet trin på indsatstrappen"),
            Map.entry("conclusion", "Samlet vurdering og konklusion"),
            Map.entry("note", "Notat"),
            Map.entry("custodyHolders", "Forældremyndighedens indehavere"),
            Map.entry("reasons", "Begrundelse for vurderingen"),
            Map.entry("reassessmentOutcome", "Vurdering"),
            Map.entry("expectedCompletion", "Forventet afslutning af undersøgelsen"),
            Map.entry("childGoal1", "Mål 1 for barnet"), Map.entry("childGoal1Progress", "Sådan ser vi, at det går fremad"),
            Map.entry("childGoal1TargetDate", "Måldato"),
            Map.entry("childGoal2", "Mål 2 for barnet"), Map.entry("childGoal2Progress", "Sådan ser vi, at det går fremad (mål 2)"),
            Map.entry("childGoal2TargetDate", "Måldato (mål 2)"),
            Map.entry("parentGoal1", "Mål 1 for forældrene"), Map.entry("parentGoal1Progress", "Sådan ser vi, at det går fremad"),
            Map.entry("parentGoal1TargetDate", "Måldato"),
            Map.entry("parentGoal2", "Mål 2 for forældrene"),
            Map.entry("parentGoal2Progress", "Sådan ser vi, at det går fremad (mål 2)"),
            Map.entry("parentGoal2TargetDate", "Måldato (mål 2)"),
            Map.entry("planReason", "Hvorfor laves eller revideres planen?"),
            Map.entry("adulthoodGoal", "Mål for overgangen til voksenlivet"),
            Map.entry("adulthoodGoalProgress", "Sådan ser vi, at det går fremad (voksenlivet)"),
            Map.entry("adulthoodGoalTargetDate", "Måldato (voksenlivet)"),
            Map.entry("youngPersonTookPart", "Den unge har deltaget i planen"),
            Map.entry("youngPersonNotPartReason", "Hvorfor har den unge ikke deltaget?"),
            Map.entry("offerId", "Tilbud"),
            Map.entry("measureStartDate", "Startdato"),
            Map.entry("measureDurationWeeks", "Forventet varighed (uger)"),
            Map.entry("measurePurpose", "Formål med indsatsen"),
            Map.entry("measureStepReason", "Begrundelse for valg af trin"),
            Map.entry("approval", "Beslutning"),
            Map.entry("approvalReason", "Begrundelse"),
            Map.entry("measureOutcome", "Hvad sker der med indsatsen?"),
            Map.entry("endDate", "Slutdato"), Map.entry("endReason", "Begrundelse for at afslutte"),
            Map.entry("newExpectedEndDate", "Ny forventet slutdato"),
            Map.entry("extensionReason", "Begrundelse for forlængelse"),
            Map.entry("caseAction", "Næste skridt"),
            Map.entry("returnsHome", "Flytter barnet hjem?"),
            Map.entry("returnHomePlan", "Plan for hjemgivelsen"),
            Map.entry("placementStatement", "Anbringelsesstedets udtalelse"),
            Map.entry("supportAfterReturn", "Støtte efter hjemgivelsen?"),
            Map.entry("supportNeeded", "Har familien brug for støtte?"),
            Map.entry("closeReason", "Begrundelse for at afslutte sagen"));
}
