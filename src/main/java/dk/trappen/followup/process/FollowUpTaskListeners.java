package dk.trappen.followup.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.trappen.followup.FollowUpDecision;
import dk.trappen.followup.FollowUpProcess;
import dk.trappen.followup.FollowUps;
import dk.trappen.followup.HoldInput;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.FormTasks;
import dk.trappen.platform.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners of the follow-up's user tasks, one bean per task, named after it. The form goes
 * to {@link FollowUps}, which validates again; the process keeps the decision it routes on; the
 * assessments (scores, FIT, notes, the child's view) stay in the domain.
 */
@Configuration
class FollowUpTaskListeners {

    private final FollowUps followUps;
    private final Organisation organisation;

    FollowUpTaskListeners(FollowUps followUps, Organisation organisation) {
        this.followUps = followUps;
        this.organisation = organisation;
    }

    /** Create listener of "Forbered opfølgning": the follow-up is no longer only planned. */
    @Bean
    TaskListener followUpOpened() {
        return task -> followUps.opened(followUpId(task));
    }

    /** "Forbered opfølgning": a follow-up meeting with the partners or not, and the child's own view. */
    @Bean
    TaskListener prepareFollowUp() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            Boolean meeting = form.bool(FollowUpProcess.FOLLOW_UP_MEETING);
            followUps.prepare(followUpId(task), meeting, form.text("pii_childView"), user());
            task.setVariable(FollowUpProcess.FOLLOW_UP_MEETING, meeting);
        });
    }

    /** Create listener of "Gennemfør opfølgning": the plan's goals (how many, whose) and the question of going home. */
    @Bean
    TaskListener holdFollowUpOpened() {
        return task -> {
            FollowUps.HoldForm facts = followUps.holdForm(followUpId(task));
            task.setVariableLocal(FollowUpProcess.GOAL_COUNT, facts.goalCount());
            task.setVariableLocal(FollowUpProcess.GOAL_PARTIES, facts.goalParties());
            task.setVariableLocal(FollowUpProcess.ASK_HOME_RETURN, facts.askHomeReturn());
            task.setVariableLocal(FollowUpProcess.DECIDE_CADENCE, facts.decideCadence());
            task.removeVariable(FollowUpProcess.DECISION);
        };
    }

    /**
     * "Gennemfør opfølgning": goals, the child heard, FIT, going home, and the decision the process
     * routes on. Scores and answers about the family are pii_ fields: the engine never stores them.
     */
    @Bean
    TaskListener holdFollowUp() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            List<Integer> scores = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (int goal = 1; goal <= 4; goal++) {
                scores.add(form.integer("pii_goal" + goal + "Score"));
                notes.add(form.text("pii_goal" + goal + "Note"));
            }
            FollowUpDecision decision = form.enumValue(FollowUpProcess.DECISION, FollowUpDecision.class);
            FollowUps.Held held = followUps.hold(followUpId(task), new HoldInput(form.date("followUpHeldOn"), scores, notes,
                    form.bool("pii_childHeard"), form.text("pii_childNotHeardReason"), form.integer("pii_fitOrs"), form.integer("pii_fitSrs"), decision,
                    form.text("pii_decisionReason"), form.bool("pii_homeReturnPossible"), form.text("pii_homeReturnReason"),
                    form.text(FollowUpProcess.CASE_CADENCE), form.text("pii_cadenceReason"),
                    form.bool(FollowUpProcess.CADENCE_TOLD_FAMILY)),
                    user());
            task.setVariable(FollowUpProcess.DECISION, held.decision().name());
            task.setVariable(FollowUpProcess.FOLLOW_UPS_HELD, held.followUpsHeld());
            task.setVariable(FollowUpProcess.MONTHS_SINCE_START, held.monthsSinceStart());
            task.removeVariable("followUpHeldOn");
            List.of(FollowUpProcess.CASE_CADENCE, FollowUpProcess.CADENCE_TOLD_FAMILY).forEach(task::removeVariable);
        });
    }

    /** "Opfølgning overskredet": the team leader's note on what happens now. */
    @Bean
    TaskListener handleOverdueFollowUp() {
        return formHandler(task -> followUps.escalate(followUpId(task), new FormValues(task).text("pii_escalationNote")));
    }

    /** Create listener of "Tilsynsbesøg". */
    @Bean
    TaskListener visitOpened() {
        return task -> followUps.visitOpened(new FormValues(task).id(FollowUpProcess.VISIT_ID));
    }

    /** "Tilsynsbesøg": the visit, and the conversation with the child (where possible without staff present). */
    @Bean
    TaskListener placementVisit() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            followUps.recordVisit(new FormValues(task).id(FollowUpProcess.VISIT_ID), form.date("visitedOn"),
                    form.bool("talkedWithChild"), form.bool("withoutStaff"), form.text("pii_visitNote"), user());
            List.of("visitedOn", "talkedWithChild", "withoutStaff").forEach(task::removeVariable);
        });
    }

    private String user() {
        return organisation.currentUser().id();
    }

    private static long followUpId(DelegateTask task) {
        return new FormValues(task).id(FollowUpProcess.FOLLOW_UP_ID);
    }

    private static TaskListener formHandler(TaskListener handler) {
        return FormTasks.handler(FORM_LABELS, handler);
    }

    /** The labels of the form fields the server checks, as the forms in forms/ show them. */
    static final Map<String, String> FORM_LABELS = Map.ofEntries(
            Map.entry("followUpMeeting", "Indkald til opfølgningsmøde med samarbejdspartnerne?"),
            Map.entry("childView", "Barnets egne ord om, hvordan det går"),
            Map.entry("followUpHeldOn", "Opfølgningen er holdt den"),
            Map.entry("goal1Score", "Mål 1: fremgang (1–10)"), Map.entry("goal1Note", "Mål 1: bemærkning"),
            Map.entry("goal2Score", "Mål 2: fremgang (1–10)"), Map.entry("goal2Note", "Mål 2: bemærkning"),
            Map.entry("goal3Score", "Mål 3: fremgang (1–10)"), Map.entry("goal3Note", "Mål 3: bemærkning"),
            Map.entry("goal4Score", "Mål 4: fremgang (1–10)"), Map.entry("goal4Note", "Mål 4: bemærkning"),
            Map.entry("childHeard", "Er barnet hørt?"),
            Map.entry("childNotHeardReason", "Hvorfor er barnet ikke hørt?"),
            Map.entry("fitOrs", "FIT: ORS – hvordan det går (0–40)"),
            Map.entry("fitSrs", "FIT: SRS – samtalen og samarbejdet (0–40)"),
            Map.entry("followUpDecision", "Beslutning"),
            Map.entry("caseCadence", "Opfølgning fremover"),
            Map.entry("cadenceReason", "Begrundelse for kadencen"),
            Map.entry("cadenceToldFamily", "Begrundelsen er givet til barnet og forældrene"),
            Map.entry("decisionReason", "Begrundelse for beslutningen"),
            Map.entry("homeReturnPossible", "Kan barnet komme hjem (hjemgivelse)?"),
            Map.entry("homeReturnReason", "Begrundelse vedrørende hjemgivelse"),
            Map.entry("escalationNote", "Hvad sker der nu?"),
            Map.entry("visitedOn", "Besøget fandt sted den"),
            Map.entry("talkedWithChild", "Talte du med barnet?"),
            Map.entry("visitNote", "Notat fra besøget"),
            Map.entry("followUp", "Opfølgning"),
            Map.entry("visit", "Tilsynsbesøg"));
}
