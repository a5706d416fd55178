package dk.trappen.followup.web;

import java.util.Arrays;
import java.util.List;

import dk.trappen.followup.FollowUpPolicy;
import dk.trappen.followup.FollowUpProcesses;
import dk.trappen.followup.FollowUps;
import dk.trappen.followup.Supervision;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.InvalidInputException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Follow-ups over HTTP: a case's follow-ups and visits, its own policy, and a team's case review list. */
@RestController
class FollowUpController {

    private final FollowUps followUps;
    private final FollowUpProcesses processes;
    private final Supervision supervision;
    private final Organisation organisation;

    FollowUpController(FollowUps followUps, FollowUpProcesses processes, Supervision supervision, Organisation organisation) {
        this.followUps = followUps;
        this.processes = processes;
        this.supervision = supervision;
        this.organisation = organisation;
    }

    /** The case's follow-ups (planned, held, with goal scores and decisions) and visits. Audit-logged. */
    @GetMapping("/api/cases/{caseId}/follow-ups")
    FollowUps.CaseFollowUps ofCase(@PathVariable long caseId) {
        return followUps.ofCase(caseId, organisation.currentUser());
    }

    record PolicyChoice(String policy) {
    }

    record PolicyChosen(long caseId, FollowUpPolicy policy) {
    }

    /** The case's own follow-up policy; running follow-ups use it from their next planning. */
    @PutMapping("/api/cases/{caseId}/follow-up-policy")
    @Transactional
    PolicyChosen choosePolicy(@PathVariable long caseId, @RequestBody PolicyChoice choice) {
        FollowUpPolicy policy = Arrays.stream(FollowUpPolicy.values())
                .filter(p -> p.name().equals(choice.policy())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("policy", "skal være en af "
                        + Arrays.toString(FollowUpPolicy.values())));
        followUps.choosePolicy(caseId, policy, organisation.currentUser());
        processes.policyChanged(caseId, policy);
        return new PolicyChosen(caseId, policy);
    }

    /** Every open case of the team, most overdue first: the quarterly case review's list. */
    @GetMapping("/api/teams/{teamId}/case-review")
    List<Supervision.ReviewRow> caseReview(@PathVariable String teamId) {
        return supervision.reviewList(teamId, organisation.currentUser());
    }
}
