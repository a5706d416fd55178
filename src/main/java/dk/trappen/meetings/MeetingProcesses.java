package dk.trappen.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import dk.trappen.casefile.ChildCases;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.platform.EngineAsSystem;
import dk.trappen.platform.TimeSource;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a meeting outside its tasks and reaches its process: moved (the part before and
 * at the meeting starts again with the new date) or cancelled (the process ends, outcome
 * CANCELLED); and the staff's action points started as tasks once the meeting is held.
 */
@Service
@Transactional
public class MeetingProcesses {

    /** Statuses are due this long before the meeting, so the caseworker can read them first. */
    static final Duration STATUS_LEAD = Duration.ofDays(2);
    /** A meeting not recorded as held a day after its date is escalated. */
    static final Duration MISSED_AFTER = Duration.ofDays(1);

    private final Meetings meetings;
    private final RuntimeService runtime;
    private final EngineAsSystem system;
    private final Deadlines deadlines;
    private final ChildCases cases;
    private final TimeSource time;

    MeetingProcesses(Meetings meetings, RuntimeService runtime, EngineAsSystem system, Deadlines deadlines,
                     ChildCases cases, TimeSource time) {
        this.cases = cases;
        this.meetings = meetings;
        this.runtime = runtime;
        this.system = system;
        this.deadlines = deadlines;
        this.time = time;
    }

    /** The dates the process reads from a scheduled meeting, and whether data may be exchanged. */
    public Map<String, Object> scheduleVariables(MeetingView meeting) {
        Instant at = meeting.scheduledAt();
        Instant statusDue = at.minus(STATUS_LEAD).isBefore(time.now()) ? at : at.minus(STATUS_LEAD);
        Map<String, Object> variables = new HashMap<>();
        variables.put(NetworkMeetingProcess.MEETING_AT, Date.from(at));
        variables.put(NetworkMeetingProcess.STATUS_DUE_AT, Date.from(statusDue));
        variables.put(NetworkMeetingProcess.MEETING_MISSED_AT, Date.from(at.plus(MISSED_AFTER)));
        variables.put(NetworkMeetingProcess.DATA_EXCHANGE, meeting.consent().exchangeAllowed());
        return variables;
    }

    public MeetingView reschedule(long meetingId, Schedule schedule, String reason, CurrentUser user) {
        MeetingView moved = meetings.reschedule(meetingId, schedule, reason, user);
        Map<String, Object> variables = scheduleVariables(moved);
        system.run(() -> runtime.createMessageCorrelation(NetworkMeetingProcess.MESSAGE_RESCHEDULED)
                .processInstanceVariableEquals(NetworkMeetingProcess.MEETING_ID, meetingId)
                .setVariables(variables).correlateAll());
        return moved;
    }

    public MeetingView cancel(long meetingId, String reason, CurrentUser user) {
        MeetingView cancelled = meetings.cancel(meetingId, reason, user);
        system.run(() -> runtime.createMessageCorrelation(NetworkMeetingProcess.MESSAGE_CANCELLED)
                .processInstanceVariableEquals(NetworkMeetingProcess.MEETING_ID, meetingId)
                .setVariable(NetworkMeetingProcess.MEETING_OUTCOME, MeetingStatus.CANCELLED.name()).correlateAll());
        return cancelled;
    }

    /** The parents' consent, recorded; the meetings about the child learn that data may now be exchanged. */
    public ConsentState.Consent recordConsent(long meetingId, ConsentInput consent, CurrentUser user) {
        ConsentState.Consent recorded = meetings.recordConsent(meetingId, consent, user);
        refreshDataExchange(meetings.get(meetingId).childId());
        return recorded;
    }

    /** The consent withdrawn: from this moment no meeting about the child exchanges data. */
    public ConsentState withdrawConsent(long meetingId, String reason, CurrentUser user) {
        ConsentState state = meetings.withdrawConsent(meetingId, reason, user);
        refreshDataExchange(meetings.get(meetingId).childId());
        return state;
    }

    /** Keeps the running meetings' {@code dataExchange} (read by their forms) in step with the consent. */
    private void refreshDataExchange(long childId) {
        system.run(() -> runtime.createProcessInstanceQuery().processDefinitionKey(NetworkMeetingProcess.KEY)
                .variableValueEquals(NetworkMeetingProcess.CHILD_ID, childId).list().forEach(instance -> {
                    Object meetingId = runtime.getVariable(instance.getId(), NetworkMeetingProcess.MEETING_ID);
                    if (meetingId != null) {
                        runtime.setVariable(instance.getId(), NetworkMeetingProcess.DATA_EXCHANGE,
                                meetings.consentState(((Number) meetingId).longValue()).exchangeAllowed());
                    }
                }));
    }

    /** Every action point with a staff owner becomes that person's task, due on its deadline. */
    public int startActionPoints(long meetingId, String teamGroup) {
        MeetingView meeting = meetings.get(meetingId);
        int started = 0;
        for (MeetingView.ActionPoint point : meeting.actionPoints()) {
            if (!point.staffOwner() || point.doneAt() != null) {
                continue;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put(NetworkMeetingProcess.MEETING_ID, meetingId);
            variables.put(NetworkMeetingProcess.ACTION_POINT_ID, point.id());
            variables.put(NetworkMeetingProcess.OWNER, point.owner());
            variables.put(NetworkMeetingProcess.TEAM_GROUP, teamGroup);
            variables.put(NetworkMeetingProcess.ACTION_POINT_DUE_AT, Date.from(deadlines.endOfDay(point.dueDate())));
            if (meeting.caseId() != null) {
                variables.put(NetworkMeetingProcess.CASE_NUMBER, cases.ref(meeting.caseId()).caseNumber());
            }
            runtime.startProcessInstanceByKey(NetworkMeetingProcess.ACTION_POINT_KEY, meeting.number() + "/" + point.id(),
                    variables);
            started++;
        }
        return started;
    }
}
