package dk.trappen.meetings;

/**
 * The contract of {@code bpmn/networkMeeting.bpmn} (and its small companion {@code actionPoint}):
 * the key, the messages, the caller's inputs and outputs, and the variables its gateways, due
 * dates and timers read. Ids and non-personal facts only.
 */
public final class NetworkMeetingProcess {

    public static final String KEY = "networkMeeting";
    public static final String ACTION_POINT_KEY = "actionPoint";
    public static final String MESSAGE_RESCHEDULED = "MeetingRescheduled";
    public static final String MESSAGE_CANCELLED = "MeetingCancelled";

    // Inputs from the caller (a call activity maps them in); a caseworker's start form gives caseNumber instead.
    public static final String CASE_ID = "caseId";
    public static final String CONCERN_ID = "concernId";
    /** An early-prevention course (module prevention), which has neither case nor concern. */
    public static final String PREVENTION_COURSE_ID = "preventionCourseId";
    public static final String CHILD_ID = "childId";
    public static final String TEAM_ID = "teamId";
    public static final String CASEWORKER = "caseworker";
    public static final String MEETING_KIND = "meetingKind";
    /** The date the meeting must be held by (a Date, or an ISO date string from a form). */
    public static final String DUE_DATE = "dueDate";
    public static final String CASE_NUMBER = "caseNumber";

    // Outputs for the caller.
    public static final String MEETING_ID = "meetingId";
    /** {@code HELD} or {@code CANCELLED}. */
    public static final String MEETING_OUTCOME = "meetingOutcome";

    public static final String TEAM_GROUP = "teamGroup";
    public static final String TEAM_LEADER_GROUP = "teamLeaderGroup";
    public static final String FAMILY_GROUP_CONFERENCE = "familyGroupConference";
    public static final String MEETING_AT = "meetingAt";
    public static final String STATUS_DUE_AT = "statusDueAt";
    public static final String MEETING_MISSED_AT = "meetingMissedAt";
    public static final String DATA_EXCHANGE = "dataExchange";
    public static final String FAMILY_PLAN_DECISION = "familyPlanDecision";
    /** Task-local: the professionals invited, as the status form's select options (role and workplace, no names). */
    public static final String PROFESSIONAL_OPTIONS = "professionalOptions";

    // actionPoint
    public static final String ACTION_POINT_ID = "actionPointId";
    public static final String OWNER = "owner";
    public static final String ACTION_POINT_DUE_AT = "actionPointDueAt";

    private NetworkMeetingProcess() {
    }
}
