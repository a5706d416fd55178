package dk.trappen.followup.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.trappen.casefile.CaseRef;
import dk.trappen.followup.FollowUpProcess;
import dk.trappen.followup.Supervision;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.FormTasks;
import dk.trappen.platform.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners of the supervision's user tasks, one bean per task, named after it. */
@Configuration
class SupervisionTaskListeners {

    private final Supervision supervision;
    private final Organisation organisation;

    SupervisionTaskListeners(Supervision supervision, Organisation organisation) {
        this.supervision = supervision;
        this.organisation = organisation;
    }

    /** Create listener of "Ledelsestilsyn": named after the caseworker, with the drawn cases' numbers for the form. */
    @Bean
    TaskListener superviseCaseworkerOpened() {
        return task -> {
            Supervision.Draw draw = drawOf(task);
            task.setName("Ledelsestilsyn: " + draw.caseworkerName());
            task.setVariableLocal(FollowUpProcess.CASE_COUNT, draw.cases().size());
            for (int i = 0; i < draw.cases().size(); i++) {
                CaseRef ref = draw.cases().get(i);
                task.setVariableLocal("case" + (i + 1), ref.caseNumber());
                task.setVariableLocal("case" + (i + 1) + "Id", ref.id());
            }
        };
    }

    /** "Ledelsestilsyn": the checklist for each drawn case. */
    @Bean
    TaskListener superviseCaseworker() {
        return FormTasks.handler(FORM_LABELS, task -> {
            FormValues form = new FormValues(task);
            Supervision.Draw draw = drawOf(task);
            List<Supervision.CaseCheck> checks = new ArrayList<>();
            for (int i = 1; i <= draw.cases().size(); i++) {
                checks.add(new Supervision.CaseCheck(draw.cases().get(i - 1).id(), yes(form, "case" + i + "Progress"),
                        yes(form, "case" + i + "MeasureRight"), yes(form, "case" + i + "DeadlinesKept"),
                        form.text("pii_case" + i + "Note")));
                for (String field : List.of("Progress", "MeasureRight", "DeadlinesKept")) {
                    task.removeVariable("case" + i + field);
                }
            }
            supervision.review(draw.period(), draw.caseworker(), checks, user());
        });
    }

    /** "Sagsgennemgang": the team's quarterly review of all its open cases. */
    @Bean
    TaskListener reviewTeamCases() {
        return FormTasks.handler(FORM_LABELS, task -> {
            FormValues form = new FormValues(task);
            supervision.holdReview(form.id(FollowUpProcess.CASE_REVIEW_ID), form.date("reviewHeldOn"),
                    form.text("pii_reviewNote"), user());
            task.removeVariable("reviewHeldOn");
        });
    }

    private Supervision.Draw drawOf(DelegateTask task) {
        FormValues in = new FormValues(task);
        return supervision.drawFor(in.text(FollowUpProcess.PERIOD), in.text(FollowUpProcess.SUPERVISED_CASEWORKER));
    }

    private static boolean yes(FormValues form, String field) {
        return Boolean.TRUE.equals(form.bool(field));
    }

    private String user() {
        return organisation.currentUser().id();
    }

    static final Map<String, String> FORM_LABELS = Map.of(
            "reviewHeldOn", "Gennemgangen er holdt den",
            "reviewNote", "Hvad aftalte teamet?",
            "case", "Sag");
}
