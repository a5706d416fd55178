package dk.trappen.meetings.process;

import java.time.LocalDate;
import java.util.Date;

import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCases;
import dk.trappen.casefile.ChildRegistry;
import dk.trappen.meetings.MeetingKind;
import dk.trappen.meetings.MeetingRequest;
import dk.trappen.meetings.MeetingView;
import dk.trappen.meetings.Meetings;
import dk.trappen.meetings.NetworkMeetingProcess;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.TimeSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of "Møde ønsket": records the meeting. A calling process maps in the case (or
 * concern), child, team, caseworker, kind and due date; a caseworker's start form gives the case
 * number, kind and due date, and the caseworker runs the meeting.
 */
@Component("meetingRequested")
class MeetingRequested implements ExecutionListener {

    private final Meetings meetings;
    private final ChildCases cases;
    private final ChildRegistry registry;
    private final Organisation organisation;
    private final TimeSource time;

    MeetingRequested(Meetings meetings, ChildCases cases, ChildRegistry registry, Organisation organisation,
                     TimeSource time) {
        this.time = time;
        this.meetings = meetings;
        this.cases = cases;
        this.registry = registry;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FormValues in = new FormValues(execution);
        MeetingKind kind = in.enumValue(NetworkMeetingProcess.MEETING_KIND, MeetingKind.class);
        LocalDate dueDate = in.date(NetworkMeetingProcess.DUE_DATE);
        MeetingRequest request;
        boolean fromStartForm = !execution.hasVariable(NetworkMeetingProcess.CHILD_ID);
        if (fromStartForm) {
            CurrentUser user = organisation.currentUser();
            CaseRef ref = cases.byNumber(in.text(NetworkMeetingProcess.CASE_NUMBER))
                    .filter(found -> registry.mayRead(user, found.teamId()))
                    .orElseThrow(() -> InvalidInputException.of("Sagsnummer", "ingen sag med dette nummer i dit team"));
            request = new MeetingRequest(kind, ref.id(), null, ref.childId(), ref.teamId(), user.id(), dueDate);
            execution.setVariable(NetworkMeetingProcess.CASE_ID, ref.id());
            execution.setVariable(NetworkMeetingProcess.CHILD_ID, ref.childId());
            execution.setVariable(NetworkMeetingProcess.TEAM_ID, ref.teamId());
            execution.setVariable(NetworkMeetingProcess.CASEWORKER, user.id());
        } else {
            Object caseId = execution.getVariable(NetworkMeetingProcess.CASE_ID);
            Object concernId = execution.getVariable(NetworkMeetingProcess.CONCERN_ID);
            Object courseId = execution.getVariable(NetworkMeetingProcess.PREVENTION_COURSE_ID);
            request = new MeetingRequest(kind, caseId == null ? null : ((Number) caseId).longValue(),
                    concernId == null ? null : ((Number) concernId).longValue(),
                    courseId == null ? null : ((Number) courseId).longValue(), in.id(NetworkMeetingProcess.CHILD_ID),
                    in.text(NetworkMeetingProcess.TEAM_ID), in.text(NetworkMeetingProcess.CASEWORKER), dueDate);
            if (caseId != null && !execution.hasVariable(NetworkMeetingProcess.CASE_NUMBER)) {
                // Tasklist's list shows the case number of every task of the case (TaskListColumns).
                execution.setVariable(NetworkMeetingProcess.CASE_NUMBER, cases.ref(((Number) caseId).longValue()).caseNumber());
            }
        }
        long meetingId = meetings.request(request, request.caseworker());
        MeetingView meeting = meetings.get(meetingId);
        execution.setVariable(NetworkMeetingProcess.MEETING_ID, meetingId);
        execution.setVariable(NetworkMeetingProcess.DUE_DATE, Date.from(dueDate.atStartOfDay(time.zone()).toInstant()));
        execution.setVariable(NetworkMeetingProcess.TEAM_GROUP, Groups.team(request.teamId()));
        execution.setVariable(NetworkMeetingProcess.TEAM_LEADER_GROUP, Groups.teamLeaders(request.teamId()));
        execution.setVariable(NetworkMeetingProcess.FAMILY_GROUP_CONFERENCE, kind == MeetingKind.FAMILY_GROUP_CONFERENCE);
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(meeting.number());
        }
    }
}
