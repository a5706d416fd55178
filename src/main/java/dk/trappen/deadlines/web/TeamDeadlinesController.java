package dk.trappen.deadlines.web;

import dk.trappen.deadlines.TeamDeadlines;
import dk.trappen.organisation.Organisation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A team's overdue and coming deadlines (14 days), for the team leader's overview. */
@RestController
class TeamDeadlinesController {

    private final TeamDeadlines deadlines;
    private final Organisation organisation;

    TeamDeadlinesController(TeamDeadlines deadlines, Organisation organisation) {
        this.deadlines = deadlines;
        this.organisation = organisation;
    }

    @GetMapping("/api/teams/{teamId}/deadlines")
    TeamDeadlines.TeamDeadlineList deadlines(@PathVariable String teamId) {
        return deadlines.of(teamId, organisation.currentUser());
    }
}
