package dk.trappen.followup.process;

import java.util.ArrayList;
import java.util.Date;

import dk.trappen.followup.FollowUpProcess;
import dk.trappen.followup.Supervision;
import dk.trappen.organisation.Groups;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.TimeSource;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The supervision process's service tasks, one bean per task, named after it. */
@Configuration
class SupervisionServiceTasks {

    private final Supervision supervision;
    private final TimeSource time;

    SupervisionServiceTasks(Supervision supervision, TimeSource time) {
        this.supervision = supervision;
        this.time = time;
    }

    /** "Planlæg månedens tilsyn": the month (and a new quarter), its first and last working day, the teams. */
    @Bean
    JavaDelegate planSupervisionRound() {
        return execution -> {
            Supervision.Round round = supervision.round(time.now());
            // The round's number is what a manager searches for in Cockpit: TILSYN-2026-12, TILSYN-2026-Q4.
            execution.setProcessBusinessKey("TILSYN-" + round.period());
            execution.setVariable(FollowUpProcess.PERIOD, round.period());
            execution.setVariable(FollowUpProcess.REVIEW_PERIOD, round.reviewPeriod());
            execution.setVariable(FollowUpProcess.QUARTERLY, round.quarterly());
            execution.setVariable(FollowUpProcess.ROUND_STARTS_AT, Date.from(round.startsAt()));
            execution.setVariable(FollowUpProcess.ROUND_DUE_AT, Date.from(round.dueAt()));
            execution.setVariable(FollowUpProcess.TEAM_IDS, new ArrayList<>(round.teamIds()));
        };
    }

    /** "Træk 4 sager pr. rådgiver": the team's draw; the team's leaders get one task per caseworker. */
    @Bean
    JavaDelegate drawSupervisionCases() {
        return execution -> {
            FormValues in = new FormValues(execution);
            String teamId = in.text(FollowUpProcess.SUPERVISED_TEAM_ID);
            execution.setVariableLocal(FollowUpProcess.SUPERVISED_CASEWORKERS,
                    new ArrayList<>(supervision.draw(in.text(FollowUpProcess.PERIOD), teamId)));
            execution.setVariableLocal(FollowUpProcess.TEAM_LEADER_GROUP, Groups.teamLeaders(teamId));
        };
    }

    /** "Forbered sagsgennemgang": the team's review, with its open cases counted. */
    @Bean
    JavaDelegate prepareCaseReview() {
        return execution -> {
            FormValues in = new FormValues(execution);
            String teamId = in.text(FollowUpProcess.SUPERVISED_TEAM_ID);
            execution.setVariableLocal(FollowUpProcess.CASE_REVIEW_ID,
                    supervision.prepareReview(in.text(FollowUpProcess.REVIEW_PERIOD), teamId));
            execution.setVariableLocal(FollowUpProcess.TEAM_LEADER_GROUP, Groups.teamLeaders(teamId));
        };
    }
}
