package dk.trappen.meetings;

import java.util.List;

import dk.trappen.casefile.CaseMeetings;
import dk.trappen.casefile.CaseOverview;
import org.springframework.stereotype.Component;

/** The case overview's view of a case's network meetings and their open action points. */
@Component
class MeetingsOfCase implements CaseMeetings {

    private final Meetings meetings;

    MeetingsOfCase(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<CaseOverview.Meeting> ofCase(long caseId) {
        return meetings.ofCase(caseId).stream().map(m -> new CaseOverview.Meeting(m.id(), m.number(), m.kind().danishName(),
                m.status().name(), m.scheduledAt(), m.actionPoints().stream().filter(a -> a.doneAt() == null)
                        .map(a -> new CaseOverview.ActionPoint(a.description(), a.owner(), a.dueDate())).toList())).toList();
    }
}
