package dk.trappen.followup;

import java.util.List;
import java.util.stream.Stream;

import dk.trappen.casefile.CaseOverview;
import dk.trappen.casefile.CasePlannedDeadlines;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Component;

/** The case's next follow-ups and visits, planned but not yet tasks, on the case overview. */
@Component
class FollowUpsOfCase implements CasePlannedDeadlines {

    private final FollowUps followUps;
    private final Deadlines deadlines;
    private final TimeSource time;

    FollowUpsOfCase(FollowUps followUps, Deadlines deadlines, TimeSource time) {
        this.followUps = followUps;
        this.deadlines = deadlines;
        this.time = time;
    }

    @Override
    public List<CaseOverview.Deadline> plannedFor(long caseId) {
        var now = time.now();
        return Stream.concat(
                followUps.plannedFollowUps(caseId).stream().map(f -> deadline("Opfølgning nr. " + f.sequenceNo()
                        + " (planlagt, " + f.cadence() + ")", f.dueDate(), now)),
                followUps.plannedVisits(caseId).stream().map(v -> deadline("Tilsynsbesøg (planlagt)", v.dueDate(), now)))
                .toList();
    }

    private CaseOverview.Deadline deadline(String what, java.time.LocalDate due, java.time.Instant now) {
        var at = deadlines.endOfDay(due);
        return new CaseOverview.Deadline(what, at, null, at.isBefore(now));
    }
}
