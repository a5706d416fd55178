package dk.trappen.prevention;

import dk.trappen.intake.IntakeProcess;
import dk.trappen.organisation.Groups;

/**
 * The contract of {@code bpmn/earlyPrevention.bpmn} (one instance per request) and
 * {@code bpmn/preventionWeek.bpmn} (the weekly triage and distribution): keys, messages and every
 * variable their gateways, due dates and timers read. Ids and non-personal facts only.
 */
public final class PreventionProcess {

    public static final String KEY = "earlyPrevention";
    public static final String WEEK_KEY = "preventionWeek";
    /** The unit as a team: its network meetings run in {@code team-prevention}, escalate to {@code teamleaders-prevention}. */
    public static final String UNIT_TEAM = "prevention";
    public static final String STAFF_GROUP = Groups.PREVENTION;
    public static final String LEADER_GROUP = Groups.PREVENTION_LEADERS;

    /** Starts an instance from intake's route EARLY_PREVENTION (the message is intake's contract). */
    public static final String MESSAGE_REFERRED = IntakeProcess.PREVENTION_REFERRAL_MESSAGE;
    /** Correlated to a request's instance when the weekly triage has decided it. */
    public static final String MESSAGE_TRIAGED = "PreventionRequestTriaged";
    /** Correlated to a request's instance when the weekly distribution has given it a course. */
    public static final String MESSAGE_ASSIGNED = "PreventionFamilyAssigned";

    // earlyPrevention
    public static final String REQUEST_ID = "requestId";
    public static final String REQUEST_NUMBER = "requestNumber";
    public static final String CHILD_ID = "childId";
    public static final String CONCERN_ID = "concernId";
    public static final String ANONYMOUS = "anonymous";
    /** The open anonymous counselling's id (anonymous requests only). */
    public static final String COUNSELLING_ID = "counsellingId";
    public static final String TOPIC = "topic";
    /** Receipt + 7 days: a request waits at most a week for triage. */
    public static final String TRIAGE_DUE_AT = "triageDueAt";
    public static final String ACCEPTED = "accepted";
    public static final String COURSE_ID = "courseId";
    public static final String WORKER = "worker";
    public static final String INDIVIDUAL_COURSE = "individualCourse";
    public static final String CONTACT_DUE_AT = "contactDueAt";
    public static final String CONTACTS_USED = "contactsUsed";
    public static final String CONTACT_LIMIT = "contactLimit";
    public static final String NETWORK_MEETINGS_USED = "networkMeetingsUsed";
    public static final String NEXT_STEP = "nextStep";
    public static final String EXTENSION_APPROVED = "extensionApproved";
    public static final String WORRIES_REMAIN = "worriesRemain";
    public static final String PASSED_CONCERN_ID = "passedConcernId";
    /** Inputs of networkMeeting: the unit as team, the meeting's kind (TBS under 12, TUS from 12). */
    public static final String TEAM_ID = "teamId";
    public static final String MEETING_KIND = "meetingKind";
    public static final String MEETING_ID = "meetingId";
    public static final String MEETING_OUTCOME = "meetingOutcome";

    // preventionWeek
    public static final String ROUND_ID = "roundId";
    public static final String TRIAGE_COUNT = "triageCount";
    public static final String DISTRIBUTION_COUNT = "distributionCount";
    /** Task-local: each slot's label (number, age, way in, topic; no names) and the selects' options. */
    public static final String SLOT_LABEL = "label";
    public static final String SLOT_REQUEST = "request";
    public static final String COMPETENCE_OPTIONS = "competenceOptions";
    public static final String WORKER_OPTIONS = "workerOptions";
    public static final String GROUP_OPTIONS = "groupOptions";
    /** How many requests one weekly task holds; the week collects again until none are left. */
    public static final int SLOTS = 8;

    private PreventionProcess() {
    }
}
