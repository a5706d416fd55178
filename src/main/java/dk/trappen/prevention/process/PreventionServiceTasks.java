package dk.trappen.prevention.process;

import dk.trappen.prevention.CourseVariables;
import dk.trappen.prevention.PreventionCourses;
import dk.trappen.prevention.PreventionProcess;
import dk.trappen.prevention.PreventionRequests;
import dk.trappen.platform.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of earlyPrevention and preventionWeek, one bean per task, named after it. Ids in, ids out. */
@Configuration
class PreventionServiceTasks {

    private final PreventionRequests requests;
    private final PreventionCourses courses;

    PreventionServiceTasks(PreventionRequests requests, PreventionCourses courses) {
        this.requests = requests;
        this.courses = courses;
    }

    /** "Saml nye henvendelser": this week's triage round (count 0 when nothing waits). */
    @Bean
    JavaDelegate collectRequests() {
        return execution -> execution.setVariables(requests.openTriageRound());
    }

    /** "Meld visitationen": each request's process continues, accepted or passed on; then the week collects again. */
    @Bean
    JavaDelegate announceTriage() {
        return execution -> requests.announceTriage(roundId(execution));
    }

    /** "Saml familier til fordeling": this week's distribution round. */
    @Bean
    JavaDelegate collectFamilies() {
        return execution -> execution.setVariables(requests.openDistributionRound());
    }

    /** "Meld fordelingen": each family's process gets its course and worker. */
    @Bean
    JavaDelegate announceDistribution() {
        return execution -> requests.announceDistribution(roundId(execution));
    }

    /** "Send til myndighed": intake registers the concern and starts its process. */
    @Bean
    JavaDelegate passToAuthority() {
        return execution -> execution.setVariable(PreventionProcess.PASSED_CONCERN_ID,
                courses.passToAuthority(new FormValues(execution).id(PreventionProcess.REQUEST_ID)));
    }

    /** "Registrér netværksmødet": a meeting held counts as a contact. */
    @Bean
    JavaDelegate recordNetworkMeeting() {
        return execution -> {
            FormValues variables = new FormValues(execution);
            CourseVariables counts = courses.recordNetworkMeeting(variables.id(PreventionProcess.COURSE_ID),
                    variables.id(PreventionProcess.MEETING_ID));
            PreventionTaskListeners.setCounts(execution, counts);
        };
    }

    private static long roundId(DelegateExecution execution) {
        return new FormValues(execution).id(PreventionProcess.ROUND_ID);
    }
}
