package dk.trappen.homeintervention.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dk.trappen.casefile.ChildPlans;
import dk.trappen.casefile.PlanView;
import dk.trappen.homeintervention.AssessmentMethod;
import dk.trappen.homeintervention.ContactInput;
import dk.trappen.homeintervention.ContactPlace;
import dk.trappen.homeintervention.IntensiveInterventionProcess;
import dk.trappen.homeintervention.InterventionDecision;
import dk.trappen.homeintervention.Interventions;
import dk.trappen.homeintervention.TeamInput;
import dk.trappen.organisation.Organisation;
import dk.trappen.organisation.StaffMember;
import dk.trappen.platform.FormTasks;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.TimeSource;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners of the intervention's user tasks, one bean per task, named after it: the form goes
 * to {@link Interventions}, which validates again; the process keeps ids and routing facts; what
 * the family said and did stays in the domain.
 */
@Configuration
class InterventionTaskListeners {

    static final int CONTACT_SLOTS = 3;
    static final int GOAL_SLOTS = 4;

    private final Interventions interventions;
    private final ChildPlans plans;
    private final Organisation organisation;
    private final TimeSource time;

    InterventionTaskListeners(Interventions interventions, ChildPlans plans, Organisation organisation, TimeSource time) {
        this.interventions = interventions;
        this.plans = plans;
        this.organisation = organisation;
        this.time = time;
    }

    /** Create listener of "Sammensæt team": the team's other caseworkers and the family therapists, for the selects. */
    @Bean
    TaskListener teamChoices() {
        return task -> {
            long id = interventionId(task);
            task.setVariableLocal(IntensiveInterventionProcess.CASEWORKER_OPTIONS, options(interventions.followUpCaseworkerChoices(id)));
            task.setVariableLocal(IntensiveInterventionProcess.THERAPIST_OPTIONS, options(interventions.therapists()));
        };
    }

    private static Object options(List<StaffMember> staff) {
        return SpinValues.jsonValue(Spin.JSON(staff.stream()
                .map(member -> Map.of("label", member.name().isBlank() ? member.id() : member.name(), "value", member.id()))
                .toList()).toString()).create();
    }

    /** "Sammensæt team". */
    @Bean
    TaskListener composeTeam() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            TeamInput team = new TeamInput(form.bool("atRiskOfPlacement"), form.text("pii_notEligibleReason"),
                    form.text(IntensiveInterventionProcess.FOLLOW_UP_CASEWORKER), form.text(IntensiveInterventionProcess.THERAPIST_1),
                    form.text(IntensiveInterventionProcess.THERAPIST_2));
            boolean eligible = interventions.composeTeam(interventionId(task), team, user());
            task.setVariable(IntensiveInterventionProcess.ELIGIBLE, eligible);
            task.removeVariable("atRiskOfPlacement");
            if (!eligible) {
                List.of(IntensiveInterventionProcess.FOLLOW_UP_CASEWORKER, IntensiveInterventionProcess.THERAPIST_1,
                        IntensiveInterventionProcess.THERAPIST_2).forEach(task::removeVariable);
            }
        });
    }

    /** "Registrér afklaringssession" (track 1). */
    @Bean
    TaskListener recordSession() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            interventions.recordSession(interventionId(task), form.enumValue("sessionMethod", AssessmentMethod.class),
                    form.text("pii_otherMethod"), form.date("sessionOn"), form.text("pii_sessionParticipants"),
                    form.text("pii_sessionSummary"), user());
            List.of("sessionMethod", "sessionOn").forEach(task::removeVariable);
        });
    }

    /**
     * Create listener of the week's task (track 2): named and due by its week of the intervention,
     * with the plan's goal count for the form; the next week's task appears when that week starts.
     */
    @Bean
    TaskListener weekOpened() {
        return task -> {
            long id = interventionId(task);
            int week = interventions.weekOf(id, time.today());
            Interventions.Calendar calendar = interventions.calendar(id);
            task.setName("Uge " + week + ": fokuspunkter og kontakter");
            task.setDueDate(Date.from(calendar.weekEnds(week)));
            task.setVariableLocal(IntensiveInterventionProcess.WEEK, week);
            task.setVariableLocal(IntensiveInterventionProcess.GOAL_COUNT, plans.current(new FormValues(task)
                    .id(IntensiveInterventionProcess.CASE_ID)).map(PlanView::goals).map(List::size).orElse(0));
            task.setVariable(IntensiveInterventionProcess.NEXT_WEEK_STARTS_AT, Date.from(calendar.weekStarts(week + 1)));
        };
    }

    /** The week's focus points, the plan's goals they serve, and up to three contacts with FIT. */
    @Bean
    TaskListener recordWeek() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            int week = form.integer(IntensiveInterventionProcess.WEEK);
            List<Integer> goals = new ArrayList<>();
            for (int goal = 1; goal <= GOAL_SLOTS; goal++) {
                if (Boolean.TRUE.equals(form.bool("focusGoal" + goal))) {
                    goals.add(goal);
                }
                task.removeVariable("focusGoal" + goal);
            }
            List<ContactInput> contacts = new ArrayList<>();
            for (int n = 1; n <= CONTACT_SLOTS; n++) {
                String c = "contact" + n;
                if (form.date(c + "On") != null || form.text("pii_" + c + "Who") != null || form.integer(c + "Minutes") != null) {
                    contacts.add(new ContactInput(form.date(c + "On"), form.enumValue(c + "Place", ContactPlace.class),
                            form.integer(c + "Minutes"), form.text("pii_" + c + "Who"), form.text(c + "FitKind"),
                            form.integer("pii_" + c + "Fit")));
                }
                List.of(c + "On", c + "Place", c + "Minutes", c + "FitKind").forEach(task::removeVariable);
            }
            interventions.recordWeek(interventionId(task), week, form.text("pii_focusPoints"), goals, contacts, user());
            task.setVariable("lastWeek", week);
        });
    }

    /** "Udarbejd rapport" (phase 3). */
    @Bean
    TaskListener writeReport() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            interventions.writeReport(interventionId(task), form.text("pii_reportFamily"), form.text("pii_reportParenting"),
                    form.text("pii_parentsMeetNeeds"), user());
        });
    }

    /** "Beslut videre indsats": the decision goes back to the child's case. */
    @Bean
    TaskListener decideNext() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            InterventionDecision decision = form.enumValue(IntensiveInterventionProcess.DECISION, InterventionDecision.class);
            interventions.decide(interventionId(task), decision, form.text("pii_decisionReason"), user());
            task.setVariable(IntensiveInterventionProcess.DECISION, decision.name());
        });
    }

    private String user() {
        return organisation.currentUser().id();
    }

    private static long interventionId(DelegateTask task) {
        return new FormValues(task).id(IntensiveInterventionProcess.INTERVENTION_ID);
    }

    private static TaskListener formHandler(TaskListener handler) {
        return FormTasks.handler(FORM_LABELS, handler);
    }

    static final Map<String, String> FORM_LABELS = Map.ofEntries(
            Map.entry("atRiskOfPlacement", "Er barnet i risiko for anbringelse?"),
            Map.entry("notEligibleReason", "Hvorfor er familien ikke i målgruppen?"),
            Map.entry("followUpCaseworker", "Opfølgningsrådgiver (koordinerer)"),
            Map.entry("therapist1", "Familiebehandler 1"), Map.entry("therapist2", "Familiebehandler 2"),
            Map.entry("sessionMethod", "Metode"), Map.entry("otherMethod", "Anden metode"),
            Map.entry("sessionOn", "Dato"), Map.entry("sessionParticipants", "Deltagere"),
            Map.entry("sessionSummary", "Resumé"),
            Map.entry("focusPoints", "Ugens fokuspunkter, aftalt med forældrene"),
            Map.entry("focusGoals", "Planens mål, fokuspunkterne bygger på"),
            Map.entry("week", "Uge"),
            Map.entry("contact1On", "Kontakt 1: dato"), Map.entry("contact1Place", "Kontakt 1: sted"),
            Map.entry("contact1Minutes", "Kontakt 1: varighed (minutter)"), Map.entry("contact1Who", "Kontakt 1: hvem deltog"),
            Map.entry("contact1Fit", "Kontakt 1: FIT-score"), Map.entry("contact1FitKind", "Kontakt 1: FIT-skala"),
            Map.entry("contact2On", "Kontakt 2: dato"), Map.entry("contact2Place", "Kontakt 2: sted"),
            Map.entry("contact2Minutes", "Kontakt 2: varighed (minutter)"), Map.entry("contact2Who", "Kontakt 2: hvem deltog"),
            Map.entry("contact2Fit", "Kontakt 2: FIT-score"), Map.entry("contact2FitKind", "Kontakt 2: FIT-skala"),
            Map.entry("contact3On", "Kontakt 3: dato"), Map.entry("contact3Place", "Kontakt 3: sted"),
            Map.entry("contact3Minutes", "Kontakt 3: varighed (minutter)"), Map.entry("contact3Who", "Kontakt 3: hvem deltog"),
            Map.entry("contact3Fit", "Kontakt 3: FIT-score"), Map.entry("contact3FitKind", "Kontakt 3: FIT-skala"),
            Map.entry("reportFamily", "Familien og barnet"),
            Map.entry("reportParenting", "I hvilket omfang kan forældrene imødekomme barnets behov?"),
            Map.entry("parentsMeetNeeds", "Kan forældrene imødekomme barnets behov?"),
            Map.entry("interventionDecision", "Videre indsats"), Map.entry("decisionReason", "Begrundelse"),
            Map.entry("intervention", "Forløbet"));
}
